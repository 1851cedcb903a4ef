"""A corpus of malformed documents: each raises a DataError that points at what is wrong.

The corpus is generated, deterministically, by mutating two valid documents:

* ``kecil``, the small document written below by hand, which holds every key
  the document format allows (checked by a test), every site at its first
  occurrence;
* ``probolinggo``, the Kota Probolinggo sample (`rb.samples.probolinggo`), every
  kind of site at its *last* occurrence, deep in a large document
  (``$.areas[7].actions[14].targets["2022"]``).

Each site gets the mutations its kind refuses, as the document format says
(docs/format.md): removed (when required), set to null (when not nullable), to
``true``, to a value of another type, to an empty string, to a 1 MB string, to
NaN, Infinity, a negative or a huge number, a float where a whole number
belongs, and to wrong notation where notation is read. Every object gets an
unknown key. Then what only the whole road map can tell: duplicate ids, dangling
references, years outside the period, a wrong ``format_version``; the JSON
level: keys given twice, ``NaN`` and ``Infinity`` tokens; and cells as
spreadsheets write them (decimal commas and points in the wrong place, ``Rp``
in a count, ``%`` twice, non-breaking spaces, full-width digits, ``nan`` from a
converted empty cell, ``#N/A``); and text holding a lone surrogate, which is no
character and cannot be written as UTF-8, wherever text is read.

For every case: `rb.from_dict` and `rb.from_json` raise `rb.DataError` and
nothing else; its paths include the mutated path, and point nowhere else (for
whole-document checks: the documented path, the second occurrence of a
duplicate id); every detail is in both languages; ``str(error)`` reads as a
list of problems and stays short even when the document holds a megabyte.

Mutations a kind accepts (an empty action text, a megabyte of problem text, a
waiver naming an id that no longer exists) are checked too: they load, and
survive `to_json`/`from_json` with every character.
"""

from __future__ import annotations

import copy
import enum
import json
import re
import types
import typing
from collections.abc import Callable, Iterator
from typing import Any, Final, Union

import attrs
import pendulum
import pytest

import rbroadmap as rb
from support.documents import (
    BUDGET_CELL,
    ObjectSite,
    Site,
    id_sites,
    optional_inner,
    reference_sites,
    under,
    walk,
)

MB = 1_000_000
LONG_TEXT = "x" * MB
LONG_DIGITS = "9" * MB
REMOVE: Any = object()  # the mutation that deletes the key


def kecil() -> dict[str, Any]:
    """A small road map document, written by hand, holding every key of the format."""
    return {
        "format_version": 2,
        "id": "kota-kecil-2018-2022",
        "government": "Kota Kecil",
        "title": "Road Map Reformasi Birokrasi Kota Kecil 2018-2022",
        "period": {"start": 2018, "end": 2022},
        "area_set": "permenpanrb-11-2015",
        "goals": [
            {
                "id": "sasaran-1",
                "text": "Birokrasi yang bersih dan akuntabel",
                "indicators": [{"id": "irb", "name": "Indeks RB", "targets": {"2022": "IRB 70"}}],
            }
        ],
        "objectives": [
            {
                "id": "tujuan-1",
                "number": 1,
                "text": "Tata kelola yang bersih",
                "period": {"start": 2017, "end": 2021},
                "goals": [
                    {
                        "id": "tujuan-1-sasaran-1",
                        "text": "Akuntabilitas meningkat",
                        "indicators": [
                            {
                                "id": "sakip",
                                "name": "Nilai SAKIP",
                                "unit": "SAKIP",
                                "baseline": {"2016": "SAKIP 60"},
                                "targets": {"2018": "SAKIP 62", "2021": "SAKIP 70"},
                            }
                        ],
                    }
                ],
            }
        ],
        "areas": [
            {
                "id": "organisasi",
                "number": 1,
                "label": "A",
                "name": "Penataan dan Penguatan Organisasi",
                "standard": "organisasi",
                "other_names": ["Organisasi"],
                "improvements": [{"label": "a", "text": "Penataan tugas dan fungsi OPD;"}],
                "goals": [{"id": "organisasi-sasaran-1", "text": "Organisasi tepat fungsi"}],
                "actions": [
                    {
                        "id": "organisasi-1",
                        "text": "Penataan dan pelaksanaan revisi tugas dan fungsi OPD",
                        "problems": [
                            {"id": "organisasi-1-masalah", "text": "Masih ada sub urusan"}
                        ],
                        "result": {"id": "organisasi-1-hasil", "text": "Penerbitan Perwali"},
                        "expected_condition": "Tugas dan fungsi sesuai kewenangannya",
                        "targets": {
                            "2018": "25%",
                            "2019": "35,50%",
                            "2020": "60%",
                            "2021": "80%",
                            "2022": "100%",
                            "shape": "cumulative",
                        },
                        "programme": "Program peningkatan kapasitas kelembagaan",
                        "budget": "150.000.000,-",
                        "units": ["Bag. Organisasi Setda"],
                    },
                    {
                        "id": "organisasi-2",
                        "problems": [{"id": "organisasi-2-masalah", "text": "Tumpang tindih"}],
                        "targets": {
                            "2018": {"kind": "percentage", "value": "20"},
                            "2019": {
                                "kind": "count",
                                "value": 39,
                                "unit": "OPD",
                                "qualifier": "Dan masyarakat",
                            },
                            "2020": {"kind": "index", "index": "IRB", "value": "70.5"},
                            "2021": {"kind": "level", "value": 3, "label": "Terdefinisi"},
                            "2022": {
                                "kind": "range",
                                "low": {"kind": "percentage", "value": "70"},
                                "high": "80%",
                            },
                            "direction": "lower",
                        },
                        "budget": 50_000_000,
                        "shares": "organisasi-1",
                    },
                    {
                        "id": "organisasi-3",
                        "text": "Pemantauan",
                        "targets": {
                            "2018": {"kind": "qualitative", "text": "WTP"},
                            "2019": {"kind": "none"},
                            "2020": "39 OPD",
                            "2021": "IRB 76",
                            "2022": "-",
                        },
                        "units": ["Inspektorat", "di seluruh OPD"],
                        "budget_per_year": {"2019": "Rp 100.000.000,-", "2020": 150_000_000},
                    },
                    {"id": "organisasi-7", "text": "Evaluasi", "budget_total": "750.000.000,-"},
                ],
                "programmes": [
                    {
                        "id": "organisasi-program-1",
                        "label": "1",
                        "name": "Program peningkatan kapasitas kelembagaan",
                        "activities": [
                            {
                                "id": "organisasi-program-1-kegiatan-1",
                                "label": "1",
                                "name": "Evaluasi kelembagaan",
                            }
                        ],
                        "actions": [{"id": "organisasi-4", "text": "Evaluasi kelembagaan"}],
                    }
                ],
                "activities": [
                    {
                        "id": "organisasi-kegiatan-1",
                        "label": "2",
                        "name": "Meningkatkan sistem integritas",
                        "sub_activities": [
                            {
                                "id": "organisasi-kegiatan-1-sub-1",
                                "label": "1",
                                "name": "Pembangunan Zona Integritas",
                                "actions": [
                                    {
                                        "id": "organisasi-5",
                                        "result": {
                                            "id": "organisasi-5-keluaran",
                                            "text": "Laporan penanganan pengaduan",
                                        },
                                        "targets": {"2020": "100%", "2021": "100%"},
                                    }
                                ],
                            }
                        ],
                        "actions": [{"id": "organisasi-6", "text": "Pemantauan integritas"}],
                    }
                ],
            }
        ],
        "themes": [
            {
                "id": "kemiskinan",
                "number": 1,
                "label": "I",
                "name": "Pengentasan Kemiskinan",
                "standard": "kemiskinan",
                "description": "Menurunnya angka kemiskinan",
                "problems": [{"id": "kemiskinan-masalah", "text": "Data belum terpadu"}],
                "goals": [{"id": "kemiskinan-sasaran", "text": "Menurunnya kemiskinan"}],
                "indicators": [
                    {
                        "id": "kemiskinan-dampak",
                        "name": "Persentase penduduk miskin",
                        "baseline": {"2017": "12,5%"},
                        "targets": {"2018": "12%", "2022": "10%", "direction": "lower"},
                    }
                ],
            }
        ],
        "achievements": [
            {
                "id": "pelayanan-berkualitas",
                "number": 1,
                "name": "Kualitas pelayanan publik",
                "items": [{"text": "Mempertahankan nilai IKM kategori baik"}],
                "goals": [{"id": "pelayanan-sasaran", "text": "Meningkatnya kepuasan"}],
                "indicators": [
                    {
                        "id": "ikm",
                        "number": 1,
                        "name": "Indeks Kepuasan Masyarakat",
                        "unit": "IKM",
                        "current": "IKM 80,10",
                        "aim": "> IKM 85",
                        "baseline": {"2016": "NA", "2017": "IKM 79,30"},
                        "baseline_category": "baik",
                        "targets": {
                            "2020": {"kind": "index", "index": "IKM", "value": "83"},
                            "2022": "> IKM 85",
                        },
                        "target_category": "sangat baik",
                    }
                ],
            }
        ],
        "services": [
            {
                "id": "kesehatan",
                "number": 1,
                "name": "Pelayanan bidang kesehatan",
                "description": "Pelayanan kesehatan yang cepat",
                "items": [{"label": "a", "text": "Pendaftaran puskesmas secara daring"}],
                "goals": [{"id": "kesehatan-sasaran", "text": "Waktu tunggu berkurang"}],
            }
        ],
        "quick_wins": [
            {
                "id": "simpustronik",
                "number": 1,
                "field": "Bidang Kesehatan",
                "text": "SIMPUSTRONIK",
                "service": "kesehatan",
            }
        ],
        "stages": [
            {
                "id": "tahap-2018",
                "year": 2018,
                "description": "Peletakan dasar",
                "steps": [{"label": "1", "text": "Penyusunan road map"}],
            }
        ],
        "programmes": [
            {
                "id": "program-kapasitas",
                "number": 1,
                "name": "Program peningkatan kapasitas kelembagaan",
                "description": "Penataan kelembagaan",
                "activities": [{"text": "Evaluasi kelembagaan"}],
                "aliases": ["Program kapasitas kelembagaan"],
            }
        ],
        "teams": [
            {
                "id": "tim-pengarah",
                "number": "1",
                "name": "Tim Pengarah",
                "duties": [{"label": "a", "text": "Memberikan arahan"}],
                "members": [
                    {"role": "chair", "holder": "Walikota"},
                    {"role": "secretary", "holder": "Sekretaris Daerah", "title": "Sekretaris I"},
                ],
                "composition": "Walikota sebagai ketua",
            }
        ],
        "units": {
            "units": [
                {"id": "setda", "name": "Setda", "aliases": ["Sekretariat Daerah"]},
                {"id": "bag-organisasi", "name": "Bag. Organisasi Setda", "parent": "setda"},
                {"id": "inspektorat", "name": "Inspektorat"},
            ],
            "groups": [
                {
                    "id": "seluruh-opd",
                    "name": "seluruh OPD",
                    "aliases": ["di seluruh OPD"],
                    "members": ["inspektorat"],
                    "size": 39,
                    "unit": "OPD",
                }
            ],
        },
        "regulation": {
            "instrument": "Peraturan Wali Kota",
            "number": "41",
            "year": 2021,
            "enacted": "2021-06-30",
            "title": "Perubahan atas Peraturan Wali Kota Nomor 12 Tahun 2018",
        },
        "amends": {"instrument": "Perwal", "number": "12", "year": 2018},
        "profile": {
            "columns": [
                "problem",
                "action",
                "result",
                "expected-condition",
                "target",
                "programme",
                "budget",
                "unit",
            ]
        },
        "waivers": [
            {
                "code": "RB402",
                "entity_id": "organisasi-2",
                "reason": "Anggaran dibagi bersama",
                "expires": "2020-12-31",
            }
        ],
    }


BASES: dict[str, Callable[[], dict[str, Any]]] = {
    "kecil": kecil,
    "probolinggo": lambda: rb.to_dict(rb.samples.probolinggo()),
}
_DOCUMENTS = {name: build() for name, build in BASES.items()}


# -- what kind of site a site is, from the schema


def _nullable(tp: Any) -> bool:
    return typing.get_origin(tp) in (Union, types.UnionType) and type(None) in typing.get_args(tp)


_NAMES_REFUSING_EMPTY = re.compile(r"\.units\.(units|groups)\[\d+\]\.(name|aliases\[\d+\])\Z")
_GROUP_MEMBER = re.compile(r"\.units\.groups\[\d+\]\.members\[\d+\]\Z")


def kind(site: Site) -> str:
    """The kind of a site, which decides what mutations it refuses."""
    key, path = site.key, site.path
    if key == "format_version":
        return "version"
    if site.tp is None:  # inside a structured target value
        if key == "kind":
            return "value-kind"
        if key == "value":
            return "value-number"
        if key in ("low", "high"):
            return "cell"
        return "value-text"
    tp = optional_inner(site.tp)
    if key in ("budget", "budget_total") or tp is BUDGET_CELL:
        return "budget"
    if set(typing.get_args(tp)) == set(typing.get_args(rb.TargetValue)):
        return "cell"
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return "enum"
    if tp is pendulum.Date:
        return "date"
    if typing.get_origin(tp) is tuple:
        return "list"
    if tp is int:
        return "int"
    if tp is str:
        if key == "id":
            return "id"
        if key in ("shares", "service", "parent") or _GROUP_MEMBER.search(path):
            return "reference"
        if key == "entity_id":
            return "stale-reference"  # a waiver may name an id that no longer exists
        if _NAMES_REFUSING_EMPTY.search(path) or key == "reason":
            return "name"
        if key == "unit" and ".indicators[" in path:
            return "name"  # an indicator's Satuan: a unit, never empty
        return "text"
    if attrs.has(tp) or tp is rb.Target:
        return "object"
    raise AssertionError(f"no kind for {path}: {tp!r}")


# -- the mutations each kind refuses

Mutation = tuple[str, Any]  # (name, new value or REMOVE)

RETYPED: dict[str, Any] = {
    "id": 7,
    "reference": 7,
    "stale-reference": 7,
    "name": 7,
    "text": 7,
    "value-text": 7,
    "int": "7",
    "version": "1",
    "budget": [150_000_000],
    "cell": 25,
    "enum": 1,
    "date": 20201231,
    "list": "x",
    "object": ["x"],
    "value-kind": 1,
    "value-number": [1],
}
NUMERIC = {"int", "version", "budget", "cell", "value-number"}
NOT_TEXT = set(RETYPED) - {"text", "name", "stale-reference"}
LONG = {
    "id": LONG_TEXT,
    "reference": LONG_TEXT,
    "stale-reference": LONG_TEXT,
    "int": LONG_DIGITS,
    "version": LONG_DIGITS,
    "budget": LONG_DIGITS,
    "cell": LONG_DIGITS + "%",
    "enum": LONG_TEXT,
    "date": LONG_TEXT,
    "list": LONG_TEXT,
    "object": LONG_TEXT,
    "value-kind": LONG_TEXT,
    "value-number": LONG_DIGITS,
    "value-text": LONG_TEXT,
}
TEXTUAL = set(RETYPED) - NUMERIC - {"list", "object"}  # sites that hold text
NEGATIVE = {"int": -1, "version": -1, "budget": -1, "cell": "-1 OPD"}
HUGE = {"int": 10**30, "version": 10**30, "budget": 10**18, "cell": "1" + "0" * 15 + "%"}
BAD_CELLS = {
    "percent twice": "25%%",
    "decimal point": "79.30%",
    "ambiguous dot": "1.500%",
    "a number without a unit": "85",
    "percent in words": "25 persen",
    "money in a count": "Rp 5 OPD",
    "whole number with a comma": "2,0 Unit",
    "falling range": "80-70%",
    "two cells in one": "25%\n35%",
}
BAD_BUDGETS = {
    "thousands with commas": "150,000,000",
    "sen": "Rp 1.250.000,50",
    "in words": "seratus lima puluh juta",
    "short, not whole": "Rp1,2345678901 M",
    "scientific": "1.5E+08",
    "a percentage": "25%",
    "negative notation": "-150.000",
}


def _indicators_with_a_unit(document: dict[str, Any]) -> set[str]:
    """The paths of the indicators of *document* that name a unit (Satuan)."""
    found: set[str] = set()

    def visit(value: Any, path: str) -> None:
        if isinstance(value, dict):
            for key, item in value.items():
                if key == "indicators" and isinstance(item, list):
                    found.update(
                        f"{path}.{key}[{i}]"
                        for i, one in enumerate(item)
                        if isinstance(one, dict) and "unit" in one
                    )
                visit(item, f"{path}.{key}")
        elif isinstance(value, list):
            for i, item in enumerate(value):
                visit(item, f"{path}[{i}]")

    visit(document, "$")
    return found


_INDICATORS_WITH_A_UNIT: Final = _indicators_with_a_unit(kecil())


def mutations(site: Site) -> Iterator[Mutation]:
    """The mutations of *site* that its kind refuses."""
    k = kind(site)
    if site.required:
        yield "removed", REMOVE
    if site.tp is None or not _nullable(site.tp):  # inside a structured value, never
        yield "null", None
    yield "true", True
    yield "retyped", RETYPED[k]
    if k in NOT_TEXT or k == "name":
        yield "empty", ""
    if k in LONG:
        yield "1 MB", LONG[k]
    if k in NUMERIC:
        yield "NaN", float("nan")
        yield "Infinity", float("inf")
        yield "-Infinity", float("-inf")
    if k in ("int", "version", "budget"):
        yield "fraction", 1.5
    if k in NEGATIVE:
        yield "negative", NEGATIVE[k]
    if k in HUGE:
        yield "huge", HUGE[k]
    if k == "value-number":
        value_kind = site.parent.get("kind")
        if value_kind in ("count", "level"):
            yield "negative", -1
            yield "huge", 10**15 if value_kind == "count" else 100
        else:
            yield "huge", "1" + "0" * 15
            yield "decimal comma", "79,30"
            yield "float", 79.3
    if k == "cell":
        # Under an indicator with a unit (Satuan), a bare number is read in the unit.
        in_unit = any(under(site.path, p) for p in _INDICATORS_WITH_A_UNIT)
        yield from (m for m in BAD_CELLS.items() if not (in_unit and m[1] == "85"))
    if k == "budget":
        yield from BAD_BUDGETS.items()
    if k in ("id", "reference"):
        yield "not a slug", "Organisasi 1"
    if k in TEXTUAL:
        yield "a lone surrogate", "Bag. Organisasi Setda\ud800"


# -- cases


@attrs.frozen
class Case:
    """One malformed document: how to make it, and where its error must point."""

    name: str
    base: str
    change: Callable[[dict[str, Any]], None]
    path: str
    exact: bool = False  # the error is at *path* only, not anywhere under it
    says: str | None = None
    text_change: Callable[[str], str] | None = None  # applied to the JSON text

    def document(self) -> dict[str, Any]:
        data = copy.deepcopy(_DOCUMENTS[self.base])
        self.change(data)
        return data


def _at(location: tuple[Any, ...], value: Any) -> Callable[[dict[str, Any]], None]:
    def change(data: dict[str, Any]) -> None:
        parent: Any = data
        for step in location[:-1]:
            parent = parent[step]
        if value is REMOVE:
            del parent[location[-1]]
        else:
            parent[location[-1]] = copy.deepcopy(value)

    return change


def _unchanged(_: dict[str, Any]) -> None:
    return None


def _schema_path(path: str) -> str:
    return re.sub(r"\[\d+\]", "[]", path)


def chosen_sites(base: str) -> Iterator[Site]:
    """The sites mutated in a base document: each kind of site once."""
    sites = [s for s in walk(_DOCUMENTS[base], rb.RoadMap) if isinstance(s, Site)]
    if base == "probolinggo":  # the last occurrence of each: deep in a large document
        sites.reverse()
    seen: set[str] = set()
    for site in sites:
        key = _schema_path(site.path)
        if key not in seen:
            seen.add(key)
            yield site


def objects(base: str) -> Iterator[ObjectSite]:
    found = [o for o in walk(_DOCUMENTS[base], rb.RoadMap) if isinstance(o, ObjectSite)]
    seen: set[str] = set()
    for obj in found if base == "kecil" else reversed(found):
        key = _schema_path(obj.path)
        if key not in seen:
            seen.add(key)
            yield obj


def field_cases(base: str) -> Iterator[Case]:
    for site in chosen_sites(base):
        for name, value in mutations(site):
            exact = value is REMOVE
            yield Case(
                f"{base} {site.path} {name}", base, _at(site.location, value), site.path, exact
            )
    for obj in objects(base):
        path = obj.step("catatan")
        yield Case(
            f"{base} {path} unknown key",
            base,
            _at((*obj.location, "catatan"), "x"),
            path,
            exact=True,
            says="unknown key",
        )


_STEP = re.compile(r'\.([A-Za-z_][A-Za-z0-9_]*)|\[([0-9]+)\]|\["([^"]*)"\]')


def location_of(path: str) -> tuple[Any, ...]:
    """The keys and indices a JSON path names: ``$.a[0]["2019"]`` is ``("a", 0, "2019")``."""
    steps = _STEP.findall(path[1:])
    assert (
        "".join(f".{n}" if n else f"[{i}]" if i else f'["{k}"]' for n, i, k in steps) == path[1:]
    ), path
    return tuple(n or (int(i) if i else k) for n, i, k in steps)


def _each_kind_once(base: str, paths: list[str]) -> list[str]:
    """The first path of each schema path (the last one in the Probolinggo sample)."""
    ordered = paths if base == "kecil" else paths[::-1]
    first: dict[str, str] = {}
    for path in ordered:
        first.setdefault(_schema_path(path), path)
    return list(first.values())


def whole_document_cases(base: str) -> Iterator[Case]:
    document = _DOCUMENTS[base]
    for path in _each_kind_once(base, [path for path, _ in id_sites(document)]):
        yield Case(
            f"{base} {path} duplicate id",
            base,
            _at(location_of(path), document["id"]),
            path,  # the second occurrence: the road map's own id comes first
            exact=True,
            says="already used",
        )
    for path in _each_kind_once(base, [path for path, _, _ in reference_sites(document)]):
        yield Case(
            f"{base} {path} dangling reference",
            base,
            _at(location_of(path), "tidak-ada"),
            path,
            exact=True,
        )
    period = document["period"]
    for obj in objects(base):
        # A target or a budget per year: a year outside the period. Not a baseline (its years
        # are before the targets), nor an indicator of a goal table covering its own years.
        if obj.keyed and not obj.path.endswith(".baseline") and ".objectives[" not in obj.path:
            cells = [v for k, v in obj.mapping.items() if k.isdigit() and isinstance(v, str)]
            cell = 100_000_000 if obj.path.endswith(".budget_per_year") else cells[0]
            for year in (period["start"] - 1, period["end"] + 1):
                path = obj.step(str(year))
                yield Case(
                    f"{base} {path} year outside the period",
                    base,
                    _at((*obj.location, str(year)), cell),
                    path,
                    exact=True,
                    says="outside the period",
                )
    yield Case(
        f"{base} $.stages[0].year year outside the period",
        base,
        _at(("stages", 0, "year"), period["start"] - 1),
        "$.stages[0].year",
        exact=True,
        says="outside the period",
    )


def version_cases(base: str) -> Iterator[Case]:
    for name, value in {
        "3": 3,
        "0": 0,
        "text": "1",
        "fraction": 1.0,
        "true": True,
        "null": None,
        "removed": REMOVE,
        "huge": 10**30,
        "1 MB": LONG_DIGITS,
    }.items():
        yield Case(
            f"{base} $.format_version wrong version {name}",
            base,
            _at(("format_version",), value),
            "$.format_version",
            exact=True,
        )


def period_cases() -> Iterator[Case]:
    yield Case(
        "kecil $.period.end before start",
        "kecil",
        _at(("period", "end"), 2010),
        "$.period.end",
        True,
    )
    yield Case(
        "kecil $.period.end 50 years", "kecil", _at(("period", "end"), 2068), "$.period.end", True
    )
    yield Case(
        "kecil $.period.start 1899", "kecil", _at(("period", "start"), 1899), "$.period.start", True
    )


def json_cases() -> Iterator[Case]:
    """Mutations only JSON text can carry: keys given twice, NaN and Infinity tokens."""
    budget = '"budget": "150.000.000,-"'
    for token in ("NaN", "Infinity", "-Infinity"):
        yield Case(
            f"kecil $.areas[0].actions[0].budget JSON token {token}",
            "kecil",
            _unchanged,
            "$.areas[0].actions[0].budget",
            exact=True,
            text_change=lambda text, token=token: text.replace(budget, f'"budget": {token}'),
        )
    yield Case(
        "kecil $.areas[0].actions[0].budget JSON number 1e999",
        "kecil",
        _unchanged,
        "$.areas[0].actions[0].budget",
        exact=True,
        text_change=lambda text: text.replace(budget, '"budget": 1e999'),
    )
    twice = {
        '$.areas[0].actions[0].targets["2019"]': (
            '"2019": "35,50%"',
            '"2019": "35,50%", "2019": "40%"',
        ),
        "$.id": ('"id": "kota-kecil-2018-2022"', '"id": "kota-kecil-2018-2022", "id": "kota-lain"'),
        "$.units.units[0].name": ('"name": "Setda"', '"name": "Setda", "name": "Sekretariat"'),
    }
    for path, (old, new) in twice.items():
        yield Case(
            f"kecil {path} key given twice",
            "kecil",
            _unchanged,
            path,
            exact=True,
            says="appears twice",
            text_change=lambda text, old=old, new=new: text.replace(old, new, 1),
        )


# Cells and budgets as spreadsheets write them, each at a real site of the small document.
CELL = ("areas", 0, "actions", 0, "targets", "2019")
CELL_PATH = '$.areas[0].actions[0].targets["2019"]'
COUNT_CELL = ("areas", 0, "actions", 2, "targets", "2020")
COUNT_PATH = '$.areas[0].actions[2].targets["2020"]'
BUDGET = ("areas", 0, "actions", 0, "budget")
BUDGET_PATH = "$.areas[0].actions[0].budget"
BASELINE = ("achievements", 0, "indicators", 0, "baseline", "2017")
BASELINE_PATH = '$.achievements[0].indicators[0].baseline["2017"]'
STRUCTURED = ("areas", 0, "actions", 1, "targets", "2020", "value")
STRUCTURED_PATH = '$.areas[0].actions[1].targets["2020"].value'

SPREADSHEET: list[tuple[str, tuple[Any, ...], str, Any, str]] = [
    # (name, location, path, value, what the error says)
    ("decimal point in a percentage", CELL, CELL_PATH, "35.50%", "decimal comma: '35,50'"),
    ("decimal point in a score", BASELINE, BASELINE_PATH, "IKM 79.30", "decimal comma"),
    ("decimal comma in the structured form", STRUCTURED, STRUCTURED_PATH, "70,5", "'70.5'"),
    ("comma thousands in a budget", BUDGET, BUDGET_PATH, "150,000,000", "separates decimals"),
    ("dot thousands in a percentage", CELL, CELL_PATH, "1.500%", "ambiguous"),
    ("Rp inside a count", COUNT_CELL, COUNT_PATH, "Rp 39 OPD", "money is not a target value"),
    ("Rp as a count's unit", COUNT_CELL, COUNT_PATH, "39 Rp", "money"),
    ("percent twice", CELL, CELL_PATH, "35%%", "more than once"),
    ("percent twice, spaced", CELL, CELL_PATH, "35 % %", "more than once"),
    ("percent before and after", CELL, CELL_PATH, "%35%", "more than once"),
    ("no-break space in a percentage", CELL, CELL_PATH, "35\u00a0%", "no-break space"),
    ("no-break space in a count", COUNT_CELL, COUNT_PATH, "39\u00a0OPD", "no-break space"),
    ("narrow no-break space", CELL, CELL_PATH, "35\u202f%", "narrow no-break space"),
    ("no-break space in a budget", BUDGET, BUDGET_PATH, "Rp\u00a0150.000.000", "no-break space"),
    ("full-width digits", CELL, CELL_PATH, "３５%", "non-ASCII digit"),
    ("full-width digits in a count", COUNT_CELL, COUNT_PATH, "３９ OPD", "non-ASCII digit"),
    (
        "full-width digits in a budget",
        BUDGET,
        BUDGET_PATH,
        "１５０.０００.０００",
        "non-ASCII digit",
    ),
    ("Arabic-Indic digits", CELL, CELL_PATH, "٣٥%", "non-ASCII digit"),
    ("zero-width space", CELL, CELL_PATH, "35\u200b%", "invisible"),
    ("zero-width space after a unit", COUNT_CELL, COUNT_PATH, "39 OPD\u200b", "invisible"),
    ("byte order mark", CELL, CELL_PATH, "\ufeff35%", "invisible"),
    ("nan from an empty cell", CELL, CELL_PATH, "nan", "empty cell"),
    ("NaN from an empty cell", COUNT_CELL, COUNT_PATH, "NaN", "empty cell"),
    ("None from an empty cell", CELL, CELL_PATH, "None", "empty cell"),
    ("null as text", BASELINE, BASELINE_PATH, "null", "empty cell"),
    ("#N/A from a spreadsheet", CELL, CELL_PATH, "#N/A", "spreadsheet error"),
    ("#REF! from a spreadsheet", COUNT_CELL, COUNT_PATH, "#REF!", "spreadsheet error"),
    ("a formula", CELL, CELL_PATH, "=B2*100", "not a valid target value"),
    ("float text in a budget", BUDGET, BUDGET_PATH, "150000000.0", "rupiah amount"),
    ("sen twice in a budget", BUDGET, BUDGET_PATH, "150.000.000,--", "whole rupiah only"),
    ("percent in words", CELL, CELL_PATH, "35 persen", "with '%'"),
    ("minus sign for no target", CELL, CELL_PATH, "\u2212", "not a valid target value"),
]


def spreadsheet_cases() -> Iterator[Case]:
    for name, location, path, value, says in SPREADSHEET:
        yield Case(
            f"kecil {path} spreadsheet: {name}", "kecil", _at(location, value), path, True, says
        )


CASES = [
    case
    for base in BASES
    for generated in (field_cases(base), whole_document_cases(base), version_cases(base))
    for case in generated
]
CASES += [*period_cases(), *json_cases(), *spreadsheet_cases()]


def test_the_corpus_is_large_and_its_names_are_unique() -> None:
    names = [c.name for c in CASES]
    assert len(set(names)) == len(names)
    assert len(CASES) >= 200
    kinds = {c.name.rsplit(" ", 1)[-1] for c in CASES}
    assert {
        "removed",
        "null",
        "retyped",
        "empty",
        "MB",
        "NaN",
        "Infinity",
        "negative",
        "huge",
    } <= kinds


def test_the_small_document_holds_every_key_of_the_format() -> None:
    assert rb.from_dict(kecil(), rb.RoadMap)
    written: dict[str, set[str]] = {}  # the keys of each kind of object, by schema path
    for site in walk(kecil(), rb.RoadMap):
        if isinstance(site, Site) and isinstance(site.key, str):
            parent = _schema_path(site.path)[: -len(site.key) - 1]
            written.setdefault(parent, set()).add(site.key)
    objects_of = {
        rb.RoadMap: "$",
        rb.Period: "$.period",
        rb.Area: "$.areas[]",
        rb.Action: "$.areas[].actions[]",
        rb.model.PlanProgramme: "$.areas[].programmes[]",
        rb.model.Activity: "$.areas[].activities[]",
        rb.model.SubActivity: "$.areas[].activities[].sub_activities[]",
        rb.Theme: "$.themes[]",
        rb.Profile: "$.profile",
        rb.Regulation: "$.regulation",
        rb.Problem: "$.areas[].actions[].problems[]",
        rb.Result: "$.areas[].actions[].result",
        rb.Goal: "$.goals[]",
        rb.Item: "$.areas[].improvements[]",
        rb.Programme: "$.programmes[]",
        rb.Stage: "$.stages[]",
        rb.Team: "$.teams[]",
        rb.TeamMember: "$.teams[].members[]",
        rb.PriorityService: "$.services[]",
        rb.QuickWin: "$.quick_wins[]",
        rb.Achievement: "$.achievements[]",
        rb.Indicator: "$.achievements[].indicators[]",
        rb.Objective: "$.objectives[]",
        rb.UnitRegistry: "$.units",
        rb.ResponsibleUnit: "$.units.units[]",
        rb.UnitGroup: "$.units.groups[]",
        rb.Waiver: "$.waivers[]",
    }
    for cls, path in objects_of.items():
        keys = {f.alias or f.name for f in attrs.fields(cls) if f.init}
        keys |= {"format_version"} if cls is rb.RoadMap else set()
        assert keys <= written[path], (cls.__name__, keys - written[path])
    kinds = {v["kind"] for v in _structured(kecil())}
    assert kinds == {"percentage", "count", "index", "level", "range", "qualitative", "none"}


def _structured(data: Any) -> Iterator[dict[str, Any]]:
    if isinstance(data, dict):
        if "kind" in data:
            yield data
        for value in data.values():
            yield from _structured(value)
    elif isinstance(data, list):
        for value in data:
            yield from _structured(value)


def _check(error: rb.DataError, case: Case) -> None:
    assert error.details
    paths = error.paths
    assert case.path in paths, (case.path, paths)
    if case.exact:
        assert set(paths) == {case.path}, paths
    else:
        assert all(under(p, case.path) for p in paths), (case.path, paths)
    for detail in error.details:
        assert detail.message.indonesian.strip()
        assert detail.message.english.strip()
        assert detail.message.indonesian != detail.message.english
    english, indonesian = str(error), error.text("id")
    assert english.startswith("invalid document (")
    assert indonesian.startswith("dokumen tidak valid (")
    assert case.path in english
    assert len(english) < 3_000  # even with a megabyte inside
    assert len(indonesian) < 3_000
    if case.says is not None:
        assert case.says in english, english
    assert error.__cause__ is None


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_every_malformed_document_raises_a_data_error_at_its_path(case: Case) -> None:
    document = case.document()
    if case.text_change is None:
        with pytest.raises(rb.DataError) as caught:
            rb.from_dict(document, rb.RoadMap)
        _check(caught.value, case)
    try:
        text = json.dumps(document, ensure_ascii=False)
    except ValueError:  # a whole number too long for Python to write: from_dict only
        return
    if case.text_change is not None:
        changed = case.text_change(text)
        assert changed != text
        text = changed
    with pytest.raises(rb.DataError) as caught:
        rb.from_json(text, rb.RoadMap)
    _check(caught.value, case)


# -- mutations a kind accepts: nothing is lost

ACCEPTED = {
    "empty": "",
    "1 MB": LONG_TEXT,
    "unusual characters": "Teks\u200b dengan\x00 kontrol\t\n🙂 Ω ẞ \u202e",
}


def accepted_cases() -> Iterator[tuple[str, tuple[Any, ...], Any]]:
    for site in chosen_sites("kecil"):
        if kind(site) == "text":
            for name, value in ACCEPTED.items():
                yield f"{site.path} {name}", site.location, value
        if _nullable(site.tp) and not site.required:
            yield f"{site.path} null", site.location, None
    yield "$.waivers[0].entity_id stale", ("waivers", 0, "entity_id"), "tidak-ada-lagi"


ACCEPTED_CASES = list(accepted_cases())


@pytest.mark.parametrize(
    ("name", "location", "value"), ACCEPTED_CASES, ids=[c[0] for c in ACCEPTED_CASES]
)
def test_what_a_document_may_hold_loads_and_loses_nothing(
    name: str, location: tuple[Any, ...], value: Any
) -> None:
    document = kecil()
    _at(location, value)(document)
    roadmap = rb.from_dict(document, rb.RoadMap)
    text = rb.to_json(roadmap)
    again = rb.from_json(text, rb.RoadMap)
    assert again == roadmap
    assert rb.to_json(again) == text
    if value is not None:
        holder: Any = rb.to_dict(again)
        for step in location:
            holder = holder.get(step, "") if isinstance(holder, dict) else holder[step]
        assert holder == value  # every character kept ("" is the default, left out)
