"""Standard sets of areas of change (*area perubahan*) a road map follows.

A road map is organised by area of change, and which areas those are depends
on the national road map in force when it was written:

* `AREAS_2010_2014`: the eight areas of the Grand Design 2010-2025 (Perpres
  81/2010) as set out for the first national road map, 2010-2014
  (PermenPAN-RB 20/2010).
* `AREAS_2015_2019`: the same eight areas as used by the 2015-2019 national
  road map (PermenPAN-RB 11/2015). Kota Probolinggo's 2018-2022 road map
  follows this set.
* `AREAS_2020_2024`: the eight areas as renamed by the 2020-2024 national
  road map (PermenPAN-RB 25/2020), starting with change management and
  deregulation.
* `AREAS_2023`: its revision (PermenPAN-RB 3/2023), which splits reform into
  *RB General* (the same eight areas) and *RB Tematik*: four themes (poverty
  alleviation, investment, digitalisation of government administration and
  the President's current priorities), the last of which names two
  priorities of its own, the use of domestic products (P3DN) and inflation
  control.

A `rbroadmap.RoadMap` names the set it follows by code in ``area_set``; each
of its areas (*RB General*) names the standard area it stands for in
``standard``, and each of its themes (`rbroadmap.model.Theme`, *RB Tematik*)
the theme. Each set says in which years it was in force (`AreaSet.start`,
`AreaSet.end`). The rules check that every standard area and theme of the set
is present and that the set fits the road map's period. Applications may
define sets of their own and pass them to the rules.

Sources: Perpres 81/2010 and PermenPAN-RB 20/2010 (the eight areas);
PermenPAN-RB 11/2015, 25/2020 and 3/2023 (their road maps); the themes of RB
Tematik and the President's two priorities in them (the use of domestic
products and inflation control) as the Minister of PAN-RB set them out in
2023.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from types import MappingProxyType
from typing import Final, final

import attrs

from rbroadmap._text import name_key
from rbroadmap.messages import LabelledEnum

__all__ = [
    "AREAS_2010_2014",
    "AREAS_2015_2019",
    "AREAS_2020_2024",
    "AREAS_2023",
    "AREA_SETS",
    "AreaKind",
    "AreaSet",
    "StandardArea",
]


class AreaKind(LabelledEnum):
    """Kind of standard area (*jenis area*): general reform or a theme."""

    GENERAL = "general", "RB General", "General reform"
    """An area of general reform (*RB General*)."""
    THEMATIC = "thematic", "RB Tematik", "Thematic reform"
    """A theme of thematic reform (*RB Tematik*), since PermenPAN-RB 3/2023."""


@final
@attrs.frozen(kw_only=True)
class StandardArea:
    """Standard area of change (*area perubahan baku*) of a national road map.

    Attributes:
        code: Short stable code within its set (``"sdm"``).
        name: The official Indonesian name.
        english: The name in English.
        aliases: Other wordings road maps use for it.
        kind: General reform or a theme of thematic reform.
        part_of: The code of the theme it is a part of (a priority of the
            President's current priorities), or ``None``.
    """

    code: str
    name: str
    english: str
    aliases: tuple[str, ...] = ()
    kind: AreaKind = AreaKind.GENERAL
    part_of: str | None = None

    def matches(self, name: str) -> bool:
        """Whether *name* is this area's name or one of its aliases.

        Case and runs of spaces do not matter.

        >>> AREAS_2015_2019.get("sdm").matches("Sumber Daya Manusia")
        True
        """
        key = name_key(name)
        return any(name_key(n) == key for n in (self.name, *self.aliases))


@final
@attrs.frozen(kw_only=True)
class AreaSet:
    """Standard set of areas of change (*set area perubahan*).

    Attributes:
        code: Stable code a road map refers to it by (``"permenpanrb-11-2015"``).
        name: A short name (``"Road Map RB 2015-2019"``).
        regulation: The regulation that sets it out.
        areas: Its areas, in the regulation's order: the general areas, then
            the themes and their parts.
        start: The first year the set is in force, if known.
        end: The last year the set is in force, if known.
    """

    code: str
    name: str
    regulation: str
    areas: tuple[StandardArea, ...]
    start: int | None = None
    end: int | None = None

    def get(self, code: str) -> StandardArea | None:
        """Return the area with this code, or ``None``.

        >>> AREAS_2020_2024.get("deregulasi").english
        'Policy deregulation'
        """
        for area in self.areas:
            if area.code == code:
                return area
        return None

    def find(self, name: str) -> StandardArea | None:
        """Return the area *name* (or one of its aliases) refers to, or ``None``.

        >>> AREAS_2015_2019.find("Tatalaksana").code
        'tatalaksana'
        """
        for area in self.areas:
            if area.matches(name):
                return area
        return None

    @property
    def codes(self) -> tuple[str, ...]:
        """The codes of the set's areas, in order.

        >>> AREAS_2015_2019.codes[:2]
        ('organisasi', 'tatalaksana')
        """
        return tuple(a.code for a in self.areas)

    @property
    def general(self) -> tuple[StandardArea, ...]:
        """The areas of general reform (*RB General*), in order.

        >>> len(AREAS_2023.general)
        8
        """
        return tuple(a for a in self.areas if a.kind is AreaKind.GENERAL)

    @property
    def themes(self) -> tuple[StandardArea, ...]:
        """The themes of thematic reform (*RB Tematik*), without their parts, in order.

        >>> [t.code for t in AREAS_2023.themes]
        ['kemiskinan', 'investasi', 'digitalisasi', 'prioritas-presiden']
        >>> AREAS_2015_2019.themes
        ()
        """
        return tuple(a for a in self.areas if a.kind is AreaKind.THEMATIC and a.part_of is None)

    def parts_of(self, code: str) -> tuple[StandardArea, ...]:
        """The parts of the theme *code*, in order.

        >>> [p.english for p in AREAS_2023.parts_of("prioritas-presiden")]
        ['Use of domestic products', 'Inflation control']
        """
        return tuple(a for a in self.areas if a.part_of == code)

    def in_force(self, year: int) -> bool | None:
        """Whether the set is in force in *year*, or ``None`` if its years are not known.

        >>> AREAS_2015_2019.in_force(2018), AREAS_2015_2019.in_force(2022)
        (True, False)
        """
        if self.start is None or self.end is None:
            return None
        return self.start <= year <= self.end

    def __iter__(self) -> Iterator[StandardArea]:
        return iter(self.areas)

    def __len__(self) -> int:
        return len(self.areas)


def _area(
    code: str,
    name: str,
    english: str,
    *aliases: str,
    kind: AreaKind = AreaKind.GENERAL,
    part_of: str | None = None,
) -> StandardArea:
    return StandardArea(
        code=code, name=name, english=english, aliases=aliases, kind=kind, part_of=part_of
    )


_GRAND_DESIGN: Final = (
    _area(
        "organisasi",
        "Organisasi",
        "Organisation",
        "Penataan dan Penguatan Organisasi",
        "Kelembagaan",
    ),
    _area("tatalaksana", "Tatalaksana", "Business process", "Tata Laksana", "Penataan Tatalaksana"),
    _area(
        "peraturan",
        "Peraturan Perundang-undangan",
        "Laws and regulations",
        "Peraturan Perundang - undangan",
        "Penataan Peraturan Perundang-undangan",
    ),
    _area(
        "sdm",
        "Sumber Daya Manusia Aparatur",
        "Civil service human resources",
        "Sumber Daya Manusia",
        "SDM Aparatur",
        "SDM",
    ),
    _area("pengawasan", "Pengawasan", "Supervision", "Penguatan Pengawasan"),
    _area(
        "akuntabilitas",
        "Akuntabilitas",
        "Performance accountability",
        "Akuntabilitas Kinerja",
        "Penguatan Akuntabilitas Kinerja",
    ),
    _area(
        "pelayanan-publik",
        "Pelayanan Publik",
        "Public service",
        "Peningkatan Kualitas Pelayanan Publik",
    ),
    _area(
        "pola-pikir",
        "Pola Pikir (Mind Set) dan Budaya Kerja (Culture Set) Aparatur",
        "Mindset and work culture",
        "Pola Pikir dan Budaya Kerja",
        "Pola Pikir (Mind Set) dan Budaya Kerja (Culture Set)",
        "Pola Pikir dan Budaya Kerja Aparatur",
    ),
)

AREAS_2010_2014: Final = AreaSet(
    code="permenpanrb-20-2010",
    name="Road Map RB 2010-2014",
    regulation="Perpres 81/2010 (Grand Design RB 2010-2025); PermenPAN-RB 20/2010",
    areas=_GRAND_DESIGN,
    start=2010,
    end=2014,
)
"""The eight areas of the Grand Design in the first national road map (PermenPAN-RB 20/2010)."""

AREAS_2015_2019: Final = AreaSet(
    code="permenpanrb-11-2015",
    name="Road Map RB 2015-2019",
    regulation="Perpres 81/2010 (Grand Design RB 2010-2025); PermenPAN-RB 11/2015",
    areas=_GRAND_DESIGN,
    start=2015,
    end=2019,
)
"""The eight areas of the 2015-2019 national road map (PermenPAN-RB 11/2015)."""

_GENERAL_2020: Final = (
    _area("manajemen-perubahan", "Manajemen Perubahan", "Change management"),
    _area("deregulasi", "Deregulasi Kebijakan", "Policy deregulation", "Deregulasi"),
    _area(
        "organisasi",
        "Penataan dan Penguatan Organisasi",
        "Organisation",
        "Organisasi",
        "Penataan Organisasi",
    ),
    _area(
        "tatalaksana",
        "Penataan Tata Laksana",
        "Business process",
        "Tatalaksana",
        "Penataan Tatalaksana",
    ),
    _area(
        "sdm",
        "Penataan Sistem Manajemen SDM Aparatur",
        "Civil service human resources management",
        "Sumber Daya Manusia Aparatur",
        "SDM Aparatur",
    ),
    _area(
        "akuntabilitas",
        "Penguatan Akuntabilitas",
        "Performance accountability",
        "Akuntabilitas",
        "Penguatan Akuntabilitas Kinerja",
    ),
    _area("pengawasan", "Penguatan Pengawasan", "Supervision", "Pengawasan"),
    _area(
        "pelayanan-publik",
        "Peningkatan Kualitas Pelayanan Publik",
        "Public service quality",
        "Pelayanan Publik",
    ),
)

AREAS_2020_2024: Final = AreaSet(
    code="permenpanrb-25-2020",
    name="Road Map RB 2020-2024",
    regulation="PermenPAN-RB 25/2020",
    areas=_GENERAL_2020,
    start=2020,
    end=2024,
)
"""The eight areas of the 2020-2024 national road map (PermenPAN-RB 25/2020)."""

AREAS_2023: Final = AreaSet(
    code="permenpanrb-3-2023",
    name="Road Map RB 2020-2024 (PermenPAN-RB 3/2023)",
    regulation="PermenPAN-RB 3/2023",
    areas=(
        *_GENERAL_2020,
        _area(
            "kemiskinan",
            "Pengentasan Kemiskinan",
            "Poverty reduction",
            "Penanggulangan Kemiskinan",
            "Penurunan Kemiskinan",
            kind=AreaKind.THEMATIC,
        ),
        _area(
            "investasi",
            "Peningkatan Investasi",
            "Investment",
            "Investasi",
            kind=AreaKind.THEMATIC,
        ),
        _area(
            "digitalisasi",
            "Digitalisasi Administrasi Pemerintahan",
            "Digital government administration",
            "Digitalisasi Administrasi",
            kind=AreaKind.THEMATIC,
        ),
        _area(
            "prioritas-presiden",
            "Percepatan Prioritas Aktual Presiden",
            "The President's current priorities",
            "Prioritas Aktual Presiden",
            kind=AreaKind.THEMATIC,
        ),
        _area(
            "p3dn",
            "Peningkatan Penggunaan Produk Dalam Negeri",
            "Use of domestic products",
            "P3DN",
            "Penggunaan Produk Dalam Negeri",
            kind=AreaKind.THEMATIC,
            part_of="prioritas-presiden",
        ),
        _area(
            "inflasi",
            "Pengendalian Inflasi",
            "Inflation control",
            kind=AreaKind.THEMATIC,
            part_of="prioritas-presiden",
        ),
    ),
    start=2023,
    end=2024,
)
"""The revised 2020-2024 set (PermenPAN-RB 3/2023): eight general areas (*RB General*) and
four themes (*RB Tematik*), the President's priorities in two parts."""

AREA_SETS: Final[Mapping[str, AreaSet]] = MappingProxyType(
    {s.code: s for s in (AREAS_2010_2014, AREAS_2015_2019, AREAS_2020_2024, AREAS_2023)}
)
"""The standard area sets rbroadmap knows, by code."""
