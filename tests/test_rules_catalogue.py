"""Every rule of the catalogue, each with a road map that triggers it and one that does not.

The clean road map of `support.rules` gives no finding at all; each case changes
one thing in it. Where a rule has a near miss (something that looks like the
fault but is not), the case checks that too.

What users read is pinned, as ruff pins each rule's message: the findings of every
rule's trigger (where, the value, the message in Indonesian and in English, the
suggestion) are compared with ``tests/golden/rule_messages.json``, reviewed like
code. A rule without an entry there fails. When a wording changes on purpose,
rewrite the file and read its diff before committing it::

    python -m pytest tests/test_rules_catalogue.py --update-golden
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs
import pendulum
import pytest

import rbroadmap as rb
from rbroadmap.scales import IKM_2004
from support.rules import (
    PROGRAMMES,
    T,
    add_action,
    clean,
    codes,
    replace,
    with_action,
    with_area,
)


@attrs.frozen
class Case:
    """A rule's test: a road map that triggers it, and road maps that do not."""

    trigger: Callable[[], rb.RoadMap]
    entity: str
    suggestion: str | None = None
    near_misses: tuple[Callable[[], rb.RoadMap], ...] = ()
    options: dict[str, Any] = attrs.field(factory=dict)
    clean_options: dict[str, Any] | None = None


def _area_without(area_id: str) -> rb.RoadMap:
    rm = clean()
    return attrs.evolve(rm, areas=tuple(a for a in rm.areas if a.id != area_id))


def _improvements(area_id: str, *texts: str, labels: str = "abcdefgh") -> rb.RoadMap:
    items = [rb.Item(label=label, text=t) for label, t in zip(labels, texts, strict=False)]
    return with_area(clean(), area_id, improvements=items)


def _targets(*cells: str, action: str = "organisasi-1", **kw: Any) -> rb.RoadMap:
    return with_action(clean(), action, targets=T(2018, *cells, **kw))


def _waiver(**kw: Any) -> rb.RoadMap:
    return clean(waivers=[rb.Waiver(**kw)])


def _shared_budget_row() -> rb.RoadMap:
    # A row whose budget, programme, target and unit come from a merged cell above.
    return add_action(
        clean(),
        "sdm",
        rb.Action(
            id="sdm-2",
            problems=[rb.Problem(id="sdm-2-masalah", text="Penempatan pegawai belum sesuai")],
            text="Redistribusi pegawai sesuai beban kerja",
            shares="sdm-1",
        ),
    )


def _themes(*codes: str, investasi: bool = False) -> rb.RoadMap:
    """The clean road map under the 2023 set, with a theme for each standard theme code,
    and (with *investasi*) an area standing for the investment theme."""
    standards = rb.AREA_SETS["permenpanrb-3-2023"]
    themes = []
    for number, code in enumerate(codes, start=1):
        found = standards.get(code)
        name = found.name if found is not None else "Investasi Daerah"
        themes.append(rb.Theme(id=code, number=number, name=name, standard=code))
    rm = clean(area_set="permenpanrb-3-2023", themes=themes)
    if investasi:
        area = rb.Area(id="investasi-daerah", name="Peningkatan Investasi", standard="investasi")
        rm = attrs.evolve(rm, areas=(*rm.areas, area))
    return rm


def _team(**changes: Any) -> rb.RoadMap:
    rm = clean()
    return attrs.evolve(rm, teams=replace(rm.teams, "tim-pelaksana", **changes))


def _stages(*years: int) -> rb.RoadMap:
    rm = clean()
    stages = tuple(attrs.evolve(rm.stages[0], id=f"tahap-{i}", year=y) for i, y in enumerate(years))
    return attrs.evolve(rm, stages=stages)


def _indicator(**changes: Any) -> rb.RoadMap:
    rm = clean()
    achievement = rm.achievements[0]
    indicator = attrs.evolve(achievement.indicators[0], **changes)
    return attrs.evolve(rm, achievements=(attrs.evolve(achievement, indicators=(indicator,)),))


def _goal(text: str) -> rb.RoadMap:
    rm = clean()
    achievement = rm.achievements[0]
    goal = attrs.evolve(achievement.goals[0], text=text)
    return attrs.evolve(rm, achievements=(attrs.evolve(achievement, goals=(goal,)),))


def _steady_counts(first: str, second: str) -> rb.RoadMap:
    rm = with_action(clean(), "organisasi-1", targets=T(2018, *[first] * 5))
    return with_action(rm, "tatalaksana-1", targets=T(2018, *[second] * 5))


def _monev(typo: str) -> rb.RoadMap:
    # 'monev' five times in the road map, and one rare word one letter away from it.
    rm = clean()
    for area_id in ("organisasi", "tatalaksana", "peraturan", "sdm", "pengawasan"):
        rm = with_action(rm, f"{area_id}-1", expected_condition=f"Hasil monev {area_id} baik")
    problem = rb.Problem(id="akuntabilitas-1-masalah", text=f"Belum ada {typo} kinerja")
    return with_action(rm, "akuntabilitas-1", problems=[problem])


CASES: dict[str, Case] = {
    # -- RB0xx: waivers
    "RB001": Case(
        trigger=lambda: clean(
            areas=with_action(clean(), "organisasi-1", budget=None).areas,
            waivers=[
                rb.Waiver(
                    code="RB301",
                    entity_id="organisasi-1",
                    reason="Anggaran menunggu APBD perubahan",
                    expires=pendulum.date(2020, 12, 31),
                )
            ],
        ),
        entity="organisasi-1",
        options={"as_of": pendulum.date(2021, 1, 1)},
        clean_options={"as_of": pendulum.date(2020, 12, 31)},
    ),
    "RB002": Case(
        trigger=lambda: _waiver(code="RB301", entity_id="organisasi-1", reason="Lama"),
        entity="organisasi-1",
        near_misses=(
            lambda: clean(
                areas=with_action(clean(), "organisasi-1", budget=None).areas,
                waivers=[rb.Waiver(code="RB301", entity_id="organisasi-1", reason="Menunggu")],
            ),
        ),
    ),
    "RB003": Case(
        trigger=lambda: clean(
            areas=with_action(clean(), "organisasi-1", budget=None).areas,
            waivers=[
                rb.Waiver(
                    code="RB301",
                    entity_id="organisasi-1",
                    reason="Menunggu",
                    expires=pendulum.date(2020, 12, 31),
                )
            ],
        ),
        entity="organisasi-1",
    ),
    # -- RB1xx: structure
    "RB101": Case(
        trigger=lambda: clean(area_set="permenpanrb-11-2019"),
        entity="kota-contoh-2018-2022",
        suggestion="permenpanrb-11-2015",
        near_misses=(),
    ),
    "RB102": Case(trigger=lambda: _area_without("pengawasan"), entity="kota-contoh-2018-2022"),
    "RB103": Case(
        trigger=lambda: with_area(clean(), "organisasi", standard="organization"),
        entity="organisasi",
        suggestion="organisasi",
        near_misses=(lambda: with_area(clean(), "organisasi", standard=None),),
    ),
    "RB104": Case(
        trigger=lambda: with_area(clean(), "pola-pikir", standard="pelayanan-publik"),
        entity="pola-pikir",
        suggestion="pelayanan-publik",
    ),
    "RB105": Case(trigger=lambda: with_area(clean(), "peraturan", actions=()), entity="peraturan"),
    "RB106": Case(
        trigger=lambda: with_action(clean(), "sdm-1", text=None),
        entity="sdm-1-masalah",
        near_misses=(_shared_budget_row,),
    ),
    "RB107": Case(trigger=lambda: with_action(clean(), "sdm-1", problems=()), entity="sdm-1"),
    "RB108": Case(
        trigger=lambda: with_action(clean(), "sdm-1", result=None),
        entity="sdm-1",
        near_misses=(_shared_budget_row,),
    ),
    "RB109": Case(
        trigger=lambda: with_action(clean(), "sdm-1", expected_condition=None), entity="sdm-1"
    ),
    "RB110": Case(
        trigger=lambda: with_action(clean(), "sdm-1", targets=None),
        entity="sdm-1",
        near_misses=(_shared_budget_row,),
    ),
    "RB111": Case(
        trigger=lambda: with_action(clean(), "sdm-1", units=()),
        entity="sdm-1",
        near_misses=(_shared_budget_row,),
    ),
    "RB112": Case(
        trigger=lambda: with_action(clean(), "sdm-1", programme=None),
        entity="sdm-1",
        near_misses=(_shared_budget_row,),
    ),
    "RB113": Case(
        trigger=lambda: with_action(
            clean(), "sdm-1", problems=[rb.Problem(id="sdm-1-masalah", text="  ")]
        ),
        entity="sdm-1-masalah",
    ),
    "RB114": Case(
        trigger=lambda: with_action(clean(), "sdm-1", result=rb.Result(id="sdm-1-hasil", text="-")),
        entity="sdm-1-hasil",
        near_misses=(
            lambda: with_action(
                clean(), "sdm-1", result=rb.Result(id="sdm-1-hasil", text="- Pameran investasi")
            ),
        ),
    ),
    "RB115": Case(
        trigger=lambda: clean(area_set="permenpanrb-20-2010"),  # in force 2010-2014
        entity="kota-contoh-2018-2022",
        suggestion="permenpanrb-11-2015",
        near_misses=(
            lambda: clean(area_set="permenpanrb-25-2020"),  # from 2020, within 2018-2022
            lambda: clean(area_set="kota-contoh", period=rb.Period(2018, 2022)),  # unknown: RB101
        ),
    ),
    "RB116": Case(
        trigger=lambda: _themes("kemiskinan", "investasi", "digitalisasi"),
        entity="kota-contoh-2018-2022",
        near_misses=(
            lambda: _themes("kemiskinan", "investasi", "digitalisasi", "inflasi"),  # a part
            lambda: _themes("kemiskinan", "digitalisasi", "prioritas-presiden", investasi=True),
            lambda: clean(themes=[]),  # the 2015-2019 set has no themes
        ),
    ),
    "RB117": Case(
        trigger=lambda: _themes(
            "kemiskinan", "digitalisasi", "prioritas-presiden", "investment", investasi=True
        ),
        entity="investment",
        suggestion="investasi",
        near_misses=(
            lambda: _themes("kemiskinan", "investasi", "digitalisasi", "p3dn"),
            lambda: attrs.evolve(
                _themes("kemiskinan", "investasi", "digitalisasi"),
                themes=(rb.Theme(id="inflasi", name="Pengendalian Inflasi"),),
            ),
        ),
    ),
    "RB118": Case(
        trigger=lambda: clean(
            profile=rb.Profile(columns=[c for c in rb.Column if c is not rb.Column.BUDGET])
        ),
        entity="organisasi-1",
        near_misses=(lambda: clean(profile=rb.Profile(columns=list(rb.Column)[::-1])),),
    ),
    # -- RB2xx: targets
    "RB201": Case(
        trigger=lambda: _targets("25%", "50%", "100%"),
        entity="organisasi-1",
        near_misses=(lambda: _targets("-", "100%", "-", "-", "-"),),
    ),
    "RB202": Case(
        trigger=lambda: _targets("25%", "50%", "150%", "100%", "100%"), entity="organisasi-1"
    ),
    "RB203": Case(
        trigger=lambda: _targets("25%", "60%", "35%", "80%", "100%"),
        entity="organisasi-1",
        suggestion="60%",
        near_misses=(
            lambda: _targets("-", "100%", "-", "100%", "-"),
            lambda: _targets("100%", "100%", "100%", "100%", "100%"),
            lambda: _targets("50%", "75%", "100%", "-", "-"),
            lambda: _targets("30%", "25%", "20%", "15%", "10%", direction=rb.Direction.LOWER),
        ),
    ),
    "RB204": Case(
        trigger=lambda: _targets("25%", "35%", "60%", "80%", "90%"),
        entity="organisasi-1",
        suggestion="100%",
        near_misses=(lambda: _targets("80%", "80%", "80%", "80%", "80%"),),
    ),
    "RB205": Case(
        trigger=lambda: _targets("25%", "10 OPD", "60%", "80%", "100%"),
        entity="organisasi-1",
        near_misses=(lambda: _targets("39 OPD", "39 OPD", "39 OPD", "39 OPD", "39 OPD"),),
    ),
    "RB206": Case(
        trigger=lambda: _targets("-", "50%", "-", "100%", "-"),
        entity="organisasi-1",
        suggestion="periodic",
        near_misses=(
            lambda: with_action(
                clean(),
                "organisasi-1",
                targets=rb.Target.parse(
                    dict(zip(range(2018, 2023), ["-", "50%", "-", "100%", "-"], strict=True)),
                    shape=rb.Shape.CUMULATIVE,
                ),
            ),
        ),
    ),
    "RB207": Case(
        trigger=lambda: _targets("100%", "-", "-", "100%", "100%"), entity="organisasi-1"
    ),
    "RB208": Case(
        trigger=lambda: with_action(
            clean(),
            "organisasi-1",
            targets=rb.Target.parse(
                dict(zip(range(2018, 2023), ["100%"] * 5, strict=True)), shape=rb.Shape.ONE_OFF
            ),
        ),
        entity="organisasi-1",
        suggestion="steady",
    ),
    "RB209": Case(trigger=lambda: _targets("-", "-", "-", "-", "-"), entity="organisasi-1"),
    "RB210": Case(
        trigger=lambda: _indicator(baseline=rb.Baseline.parse({2022: "IKM 80"})),
        entity="ikm",
        near_misses=(lambda: _indicator(baseline=rb.Baseline.parse({2017: "IKM 80"})),),
    ),
    "RB211": Case(
        trigger=lambda: _targets("40 OPD", "40 OPD", "40 OPD", "40 OPD", "40 OPD"),
        entity="organisasi-1",
        suggestion="39 OPD",
        near_misses=(
            lambda: _targets("39 OPD", "39 OPD", "39 OPD", "39 OPD", "39 OPD"),
            lambda: _targets("40 Orang", "40 Orang", "40 Orang", "40 Orang", "40 Orang"),
        ),
    ),
    "RB212": Case(
        trigger=lambda: _steady_counts("39 OPD", "38 OPD"),
        entity="kota-contoh-2018-2022",
        suggestion="39 OPD",
        near_misses=(
            lambda: _steady_counts("39 OPD", "5 OPD"),
            lambda: _steady_counts("39 OPD", "38 Orang"),
        ),
    ),
    "RB213": Case(
        trigger=lambda: _targets(
            "maks. 10 hari",
            "maks. 8 hari",
            "maks. 6 hari",
            "maks. 5 hari",
            "maks. 5 hari",
            direction=rb.Direction.HIGHER,
        ),
        entity="organisasi-1",
        suggestion="lower",
        near_misses=(
            # The cells' own direction: ceilings make the schedule lower-is-better.
            lambda: _targets(
                "maks. 10 hari", "maks. 8 hari", "maks. 6 hari", "maks. 5 hari", "maks. 5 hari"
            ),
            lambda: _targets("≥ 25%", "≥ 35%", "≥ 60%", "≥ 80%", "100%"),
        ),
    ),
    # -- RB3xx: budgets and programmes
    "RB301": Case(
        trigger=lambda: with_action(clean(), "sdm-1", budget=None),
        entity="sdm-1",
        near_misses=(_shared_budget_row,),
    ),
    "RB302": Case(trigger=lambda: with_action(clean(), "sdm-1", budget=0), entity="sdm-1"),
    "RB303": Case(
        trigger=lambda: with_action(
            clean(), "sdm-1", programme="Program peningkatan disiplin aparatur"
        ),
        entity="sdm-1",
        suggestion=PROGRAMMES[1].name,
        near_misses=(
            lambda: with_action(
                clean(), "sdm-1", programme="program  peningkatan kapasitas SUMBER DAYA aparatur"
            ),
            lambda: with_action(clean(), "sdm-1", programme="kapasitas-sda"),
        ),
    ),
    "RB304": Case(
        trigger=lambda: with_action(
            clean(), "sdm-1", programme="Program peningkatan kapasitas sumberdaya aparatur"
        ),
        entity="sdm-1",
        suggestion=PROGRAMMES[1].name,
    ),
    "RB305": Case(
        trigger=lambda: clean(
            programmes=(
                *PROGRAMMES,
                rb.Programme(
                    id="program-pengawasan",
                    name="Program peningkatan pengawasan",
                    activities=[rb.Item(label="a", text="Peningkatan kapasitas inspektorat")],
                ),
            )
        ),
        entity="program-pengawasan",
    ),
    "RB306": Case(
        trigger=lambda: clean(
            programmes=(attrs.evolve(PROGRAMMES[0], activities=()), PROGRAMMES[1])
        ),
        entity="kelembagaan",
    ),
    # -- RB4xx: units
    "RB401": Case(
        trigger=lambda: with_action(clean(), "pelayanan-publik-1", units=["DPMPPTSP"]),
        entity="pelayanan-publik-1",
        suggestion="DPMPTSP",
        near_misses=(lambda: with_action(clean(), "pelayanan-publik-1", units=["dpmptsp"]),),
    ),
    "RB402": Case(
        trigger=lambda: with_action(clean(), "sdm-1", units=["BKPSDM Diskominfo"]),
        entity="sdm-1",
        suggestion="BKPSDM; Diskominfo",
        near_misses=(lambda: with_action(clean(), "sdm-1", units=["BKPSDM"]),),
    ),
    "RB403": Case(
        trigger=lambda: with_action(clean(), "akuntabilitas-1", units=["Bag. organisasi  setda"]),
        entity="akuntabilitas-1",
        suggestion="Bag. Organisasi Setda",
    ),
    "RB404": Case(
        trigger=lambda: with_action(clean(), "pola-pikir-1", units=["di seluruh OPD"]),
        entity="pola-pikir-1",
        near_misses=(
            lambda: with_action(clean(), "pola-pikir-1", units=["Diskominfo", "seluruh OPD"]),
        ),
    ),
    # -- RB5xx: texts
    "RB501": Case(
        trigger=lambda: _improvements(
            "akuntabilitas",
            "Pemanfaatan dokumen kinerja secara optimal;",
            "Penyusunan indikator kinerja individu",
            "i. pemanfaatan dokumen Kinerja secara optimal",
        ),
        entity="akuntabilitas",
        near_misses=(
            # the same text in two areas' lists is not a duplicate within a list
            lambda: with_area(
                _improvements("akuntabilitas", "Penyusunan peta proses bisnis"),
                "tatalaksana",
                improvements=[rb.Item(label="a", text="Penyusunan peta proses bisnis")],
            ),
        ),
    ),
    "RB502": Case(
        trigger=lambda: _improvements(
            "pengawasan",
            "Peningkatan kelembagaan dan kompetensi APIP secara efektif dan efisien serta "
            "berbasis teknologi informasi;",
            "Pembentukan sistem pelaporan pelanggaran",
            "Peningkatan kelembagaan dan kompetensi APIP secara efektif dan efisien serta "
            "berbasis teknologi informasi yang terintegrasi (e-audit)",
        ),
        entity="pengawasan",
        near_misses=(
            lambda: _improvements(
                "pengawasan",
                "Peningkatan kompetensi APIP secara efektif",
                "Peningkatan kapasitas inspektorat secara bertahap",
            ),
        ),
    ),
    "RB503": Case(
        trigger=lambda: with_action(
            clean(), "sdm-1", expected_condition="Pemanfaatan layanan publik yang optimal oleh"
        ),
        entity="sdm-1",
        near_misses=(
            lambda: with_action(
                clean(), "sdm-1", expected_condition="Layanan publik yang optimal oleh warga."
            ),
        ),
    ),
    "RB504": Case(
        trigger=lambda: _monev("movev"),
        entity="akuntabilitas-1-masalah",
        suggestion="monev",
        near_misses=(lambda: _monev("monev"), lambda: _monev("survey")),
    ),
    # -- RB6xx: claims
    "RB601": Case(
        trigger=lambda: _goal(
            "Indeks Kepuasan Masyarakat (IKM) sebesar 79,30 (baik) ditingkatkan menjadi lebih "
            "dari 85,00 (sangat baik)"
        ),
        entity="kualitas-pelayanan-sasaran-1",
        suggestion="Baik",
    ),
    "RB602": Case(
        trigger=lambda: _indicator(targets=None, aim=rb.parse_value("> IKM 85,00")),
        entity="ikm",
        suggestion="Baik",
    ),
    "RB603": Case(
        trigger=lambda: with_action(
            clean(),
            "pengawasan-2",
            expected_condition="Indeks Reformasi Birokrasi dengan kategori BB (Memuaskan)",
        ),
        entity="pengawasan-2",
        suggestion="BB (Sangat Baik)",
    ),
    "RB604": Case(
        trigger=lambda: with_action(
            clean(),
            "pengawasan-2",
            targets=T(2018, "IRB 70", "IRB 72", "IRB 74", "IRB 76", "IRB 78"),
        ),
        entity="pengawasan-2",
        suggestion="> IRB 80",
        near_misses=(
            lambda: with_action(
                clean(),
                "pengawasan-2",
                targets=T(2018, "IRB 70", "IRB 74", "IRB 78", "IRB 80", "IRB 80,01"),
            ),
        ),
    ),
    "RB605": Case(
        trigger=lambda: with_action(
            clean(),
            "pengawasan-2",
            targets=T(2018, "IRB 70", "IRB 73", "IRB 76", "IRB 79", "IRB 820"),
        ),
        entity="pengawasan-2",
        near_misses=(
            lambda: with_action(
                clean(),
                "pengawasan-2",
                targets=T(2018, "IRB 70", "IRB 73", "IRB 76", "IRB 79", "> IRB 80/A"),
            ),
        ),
    ),
    "RB606": Case(
        trigger=lambda: with_action(
            clean(),
            "pengawasan-2",
            targets=T(2018, "IRB 60/B", "IRB 73/BB", "IRB 76/BB", "IRB 79/BB", "IRB 82/A"),
        ),
        entity="pengawasan-2",
        suggestion="IRB 60/CC",
        near_misses=(
            # At the bound: > 70 is BB, 70 itself is B; grades named, not coded.
            lambda: with_action(
                clean(),
                "pengawasan-2",
                targets=T(
                    2018, "IRB 70/B", "> IRB 70/BB", "IRB 76 (Sangat Baik)", "IRB 79/BB", "IRB 82/A"
                ),
            ),
            # A score on a scale its index does not name, and no scale declared: not judged.
            lambda: with_action(
                clean(),
                "pengawasan-2",
                targets=rb.Target.parse(
                    dict.fromkeys(range(2018, 2023), "60 Nilai/B"), unit="Nilai"
                ),
            ),
        ),
    ),
    # -- RB7xx: organisation and stages
    "RB701": Case(
        trigger=lambda: _team(
            members=[rb.TeamMember(role=rb.Role.SECRETARY, holder="Kepala Bagian Organisasi")]
        ),
        entity="tim-pelaksana",
    ),
    "RB702": Case(
        trigger=lambda: _team(
            members=[
                rb.TeamMember(role=rb.Role.CHAIR, holder="Walikota"),
                rb.TeamMember(role=rb.Role.CHAIR, holder="Wakil Walikota"),
            ]
        ),
        entity="tim-pelaksana",
        near_misses=(
            lambda: _team(
                members=[
                    rb.TeamMember(role=rb.Role.CHAIR, holder="Sekda", title="Ketua I"),
                    rb.TeamMember(role=rb.Role.CHAIR, holder="Asisten", title="Ketua II"),
                ]
            ),
        ),
    ),
    "RB703": Case(
        trigger=lambda: _team(number="4"),
        entity="tim-pelaksana",
        suggestion="2, 3",
        near_misses=(lambda: attrs.evolve(clean(), teams=tuple(reversed(clean().teams))),),
    ),
    "RB704": Case(
        trigger=lambda: _improvements("sdm", "Analisis jabatan", "Diklat aparatur", labels="aa"),
        entity="sdm",
    ),
    "RB705": Case(
        trigger=lambda: _stages(2018, 2019, 2021, 2022),
        entity="kota-contoh-2018-2022",
    ),
    "RB706": Case(
        trigger=lambda: _stages(2018, 2019, 2019, 2020, 2021, 2022),
        entity="tahap-2",
    ),
    "RB707": Case(trigger=lambda: _team(duties=()), entity="tim-pelaksana"),
    "RB708": Case(
        trigger=lambda: attrs.evolve(
            clean(), stages=replace(clean().stages, "tahap-2020", steps=())
        ),
        entity="tahap-2020",
    ),
}


def test_the_clean_road_map_has_no_findings() -> None:
    report = rb.validate(clean(), as_of=pendulum.date(2020, 1, 1))
    assert report.findings == (), report.to_text(lang="en")


def test_every_rule_has_a_case() -> None:
    assert set(CASES) == set(rb.rules.CATALOGUE.codes)


def test_the_catalogue_has_at_least_thirty_rules_beyond_waivers() -> None:
    assert len([c for c in rb.rules.CATALOGUE.codes if not c.startswith("RB0")]) >= 30


@pytest.mark.parametrize("code", sorted(CASES))
def test_rule_fires_on_its_trigger(code: str) -> None:
    case = CASES[code]
    report = rb.validate(case.trigger(), **case.options)
    found = [f for f in report if f.code == code]
    assert found, report.to_text(lang="en")
    assert case.entity in {f.entity_id for f in found}
    if case.suggestion is not None:
        assert case.suggestion in {f.suggestion for f in found}
    for finding in found:
        assert finding.detail.indonesian
        assert finding.detail.english
        assert finding.path.startswith("$")


@pytest.mark.parametrize("code", sorted(CASES))
def test_rule_is_quiet_on_the_clean_road_map_and_near_misses(code: str) -> None:
    case = CASES[code]
    options = case.options if case.clean_options is None else case.clean_options
    for build in (clean, *case.near_misses):
        report = rb.validate(build(), **options)
        assert code not in codes(report), report.to_text(lang="en")


def test_rb001_expired_waiver_no_longer_waives() -> None:
    case = CASES["RB001"]
    report = rb.validate(case.trigger(), **case.options)
    assert {"RB001", "RB301"} <= codes(report)
    on_time = rb.validate(case.trigger(), **(case.clean_options or {}))
    assert "RB301" not in codes(on_time)
    assert [f.code for f in on_time.waived] == ["RB301"]


def test_rb601_depends_on_the_ikm_regulation() -> None:
    # Under KepMenPAN 25/2004, more than 85,00 is A (Sangat Baik, 81,26-100): no finding.
    roadmap = CASES["RB601"].trigger()
    assert "RB601" in codes(rb.validate(roadmap))
    assert "RB601" not in codes(rb.validate(roadmap, ikm_scale=IKM_2004))
    # A road map starting before 2017 is judged under the 2004 regulation by default.
    for action in roadmap.actions():  # rows under a plan hierarchy too
        roadmap = with_action(roadmap, action.id, targets=None)
    early = attrs.evolve(
        roadmap,
        period=rb.Period(2015, 2019),
        achievements=tuple(
            attrs.evolve(a, indicators=tuple(attrs.evolve(i, targets=None) for i in a.indicators))
            for a in roadmap.achievements
        ),
        stages=(),
    )
    assert "RB601" not in codes(rb.validate(early))


def test_rb303_names_the_activity_it_matched() -> None:
    report = rb.validate(CASES["RB303"].trigger(), select=["RB303"], lang="en")
    (finding,) = report.findings
    assert "activity b 'Peningkatan disiplin aparatur'" in finding.message


def test_rb305_tells_which_rows_name_its_activity() -> None:
    roadmap = with_action(clean(), "sdm-1", programme="Program peningkatan disiplin aparatur")
    roadmap = with_action(roadmap, "pengawasan-1", programme="Program penataan kelembagaan")
    roadmap = with_action(roadmap, "pengawasan-2", programme="Program penataan kelembagaan")
    roadmap = with_action(roadmap, "pelayanan-publik-1", programme="Program penataan kelembagaan")
    roadmap = with_action(roadmap, "pola-pikir-1", programme="Program penataan kelembagaan")
    report = rb.validate(roadmap, select=["RB305"], lang="en")
    (finding,) = report.findings
    assert finding.entity_id == "kapasitas-sda"
    assert "rows sdm-1 name its activities as programmes" in finding.message


def test_rb703_reports_a_gap_once_per_entry() -> None:
    roadmap = _improvements("sdm", "Analisis jabatan", "Diklat aparatur", labels="ad")
    report = rb.validate(roadmap, select=["RB703"])
    assert [(f.entity_id, f.value, f.suggestion) for f in report] == [("sdm", "d", "b, c")]


# -- what users read, pinned

GOLDEN = Path(__file__).parent / "golden" / "rule_messages.json"
REWRITE = (
    "if the new wording is meant, run `python -m pytest tests/test_rules_catalogue.py "
    "--update-golden` and review the diff of tests/golden/rule_messages.json"
)


def _findings_of_trigger(code: str) -> list[dict[str, Any]]:
    """The findings of a rule on its trigger: where, the value, what users read."""
    case = CASES[code]
    report = rb.validate(case.trigger(), **case.options)
    return [
        {
            "entity_id": f.entity_id,
            "path": f.path,
            "value": f.value,
            "id": f.detail.indonesian,
            "en": f.detail.english,
            "suggestion": f.suggestion,
        }
        for f in report
        if f.code == code
    ]


@pytest.fixture(scope="module")
def golden(request: pytest.FixtureRequest) -> dict[str, list[dict[str, Any]]]:
    if request.config.getoption("--update-golden"):
        observed = {code: _findings_of_trigger(code) for code in rb.rules.CATALOGUE.codes}
        text = json.dumps(observed, ensure_ascii=False, indent=2)
        GOLDEN.write_text(text + "\n", encoding="utf-8")
    data: dict[str, list[dict[str, Any]]] = json.loads(GOLDEN.read_text(encoding="utf-8"))
    return data


def test_every_rule_has_golden_messages(golden: dict[str, list[dict[str, Any]]]) -> None:
    codes = set(rb.rules.CATALOGUE.codes)
    missing, stale = sorted(codes - set(golden)), sorted(set(golden) - codes)
    assert not missing, f"rules with no golden messages: {missing}; {REWRITE}"
    assert not stale, f"golden messages of rules that no longer exist: {stale}; {REWRITE}"
    for code, findings in golden.items():
        assert findings, f"{code}: its trigger gives no finding"
        assert all(f["id"] and f["en"] and f["id"] != f["en"] for f in findings), code


@pytest.mark.parametrize("code", sorted(CASES))
def test_rule_messages_are_the_golden_ones(
    code: str, golden: dict[str, list[dict[str, Any]]]
) -> None:
    assert code in golden, f"{code} has no golden messages; {REWRITE}"
    assert _findings_of_trigger(code) == golden[code], f"{code} reads differently; {REWRITE}"
