"""Regulation scales (*skala penilaian*): IRB, SAKIP, IKM and SPIP grades.

National evaluators grade a government body on scales set by regulation. Each
scale here is data: its grades, the interval of each grade exactly as the
regulation states it, and the grade's name in Indonesian and English.
``classify(value)`` returns the `Grade` a value falls in.

================  ==============================  ======================================
scale             regulation                      grades
================  ==============================  ======================================
`IRB`             PermenPAN-RB 26/2020 (PMPRB)    AA >90-100, A >80-90, BB >70-80,
                                                  B >60-70, CC >50-60, C >30-50, D 0-30
`SAKIP`           PermenPAN-RB 88/2021            the same seven grades as `IRB`
`IKM_2017`        PermenPAN-RB 14/2017            A 88,31-100, B 76,61-88,30,
                                                  C 65,00-76,60, D 25,00-64,99
`IKM_2004`        KepMenPAN 25/2004               A 81,26-100, B 62,51-81,25,
                                                  C 43,76-62,50, D 25,00-43,75
`SPIP`            PP 60/2008; BPKP maturity       0 <1; 1 1-<2; 2 2-<3; 3 3-<4;
                  assessment                      4 4-<4,5; 5 >=4,5
`BPK`             UU 15/2004, Penjelasan          WTP > WDP > TW > TMP (opinions in order,
                  Pasal 16 ayat (1)               no scores)
================  ==============================  ======================================

**Interval ends.** IRB and SAKIP intervals are open on the left: ``IRB 70`` is B
(*Baik*) and ``IRB 70,01`` is BB (*Sangat Baik*); 0 itself is D. The printed
IKM bands leave gaps of 0,01 (88,30 to 88,31); a value in a gap belongs to the
lower grade, because IKM is classified by lower bounds: ``88,305`` is B. SPIP
levels are closed on the left: a score of exactly 3,00 is level 3.

**Opinions in order.** The audit opinion of the Supreme Audit Agency (BPK) on
a government's financial statements is one of four, best first: *Wajar Tanpa
Pengecualian* (WTP, unqualified), *Wajar Dengan Pengecualian* (WDP,
qualified), *Tidak Wajar* (TW, adverse) and *Tidak Menyatakan Pendapat* (TMP,
disclaimer). `BPK` holds them in that order with no scores: `Scale.rank` and
`Scale.at_least` compare its grades, and `classify` refuses a number.

**Grades in order.** Every scale lists its grades best first; `Scale.rank`
gives a grade's place (0 for the best) and `Scale.at_least` says whether one
grade is as good as another, which is how a target written as a grade is
judged (`rbroadmap.values.Graded`). `scale_of_index` names the scale an index
score belongs to where the index name says it (``IRB``, ``SAKIP``, ``SPIP``).

**Computing IKM.** `ikm_2017` takes the mean score (1-4) of each of the nine
service elements U1-U9, weights each 1/9 and multiplies by 25; `ikm_2004` takes
the fourteen element means of KepMenPAN 25/2004, weights each 0,071 as that
regulation states, and multiplies by 25.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from decimal import Decimal
from fractions import Fraction
from types import MappingProxyType
from typing import Final, Protocol, final

import attrs

from rbroadmap import _checks
from rbroadmap._checks import exact_decimal
from rbroadmap._exact import round_half_up
from rbroadmap._text import name_key
from rbroadmap.errors import RoadmapError
from rbroadmap.messages import Message

__all__ = [
    "BPK",
    "IKM_2004",
    "IKM_2017",
    "INDEX_SCALES",
    "IRB",
    "SAKIP",
    "SCALES",
    "SPIP",
    "Grade",
    "Scale",
    "ScaleError",
    "ikm_2004",
    "ikm_2017",
    "ikm_scale",
    "scale_of",
    "scale_of_index",
]


_TEXT: Final = Message("teks", "a str")
_YEAR: Final = Message("tahun (int)", "a year (int)")
_GRADE: Final = Message("Grade atau kode/namanya", "a Grade, or its code or name")


class ScaleError(RoadmapError, ValueError):
    """A value outside a regulation scale, or scores a scale cannot use (*di luar skala*)."""


class _Measured(Protocol):
    """A value with a number to classify (*nilai terukur*): an index score, a level, ...

    Every numeric target value of `rbroadmap.values` is one: its ``magnitude``
    is the number `Scale.classify` grades.
    """

    @property
    def magnitude(self) -> Decimal:
        """The value's number."""


@final
@attrs.frozen(kw_only=True)
class Grade:
    """Grade (*predikat / kategori / level*) on a regulation scale.

    Attributes:
        code: The grade's code as the regulation writes it (``"BB"``, ``"A"``,
            ``"3"``, ``"WTP"``).
        indonesian: Its name in Indonesian (``"Sangat Baik"``).
        english: Its name in English (``"Very good"``).
        low: The lowest value of the grade, or ``None`` on a scale of grades
            without scores (`BPK`).
        low_open: Whether *low* itself is excluded (IRB and SAKIP grades).
        high: The highest value of the grade, or ``None`` for no upper end.
        high_open: Whether *high* itself is excluded.
        printed: The band as the regulation prints it (``">70-80"``).
        aliases: Other names the grade goes by (``"Intuitif"`` for SPIP level 2).
    """

    code: str
    indonesian: str
    english: str
    low: Decimal | None
    low_open: bool
    high: Decimal | None
    high_open: bool
    printed: str
    aliases: tuple[str, ...] = ()

    @property
    def label(self) -> Message:
        """The grade's name in both languages.

        >>> IRB.grade("BB").label.english
        'Very good'
        """
        return Message(self.indonesian, self.english)

    def contains(self, value: Decimal) -> bool:
        """Whether *value* falls in this grade's interval.

        >>> IRB.grade("B").contains(Decimal(70)), IRB.grade("B").contains(Decimal("70.01"))
        (True, False)
        """
        if self.low is None:
            return False
        above = value > self.low if self.low_open else value >= self.low
        if self.high is None:
            return above
        below = value < self.high if self.high_open else value <= self.high
        return above and below

    def names(self) -> tuple[str, ...]:
        """The grade's code, Indonesian name, English name and aliases."""
        return (self.code, self.indonesian, self.english, *self.aliases)

    def __str__(self) -> str:
        return f"{self.code} ({self.indonesian})"


@final
@attrs.frozen(kw_only=True)
class Scale:
    """Regulation scale (*skala penilaian*): ordered grades over a range of values.

    Attributes:
        code: The scale's code (``"IRB"``, ``"IKM_2017"``).
        name: What it grades, in Indonesian.
        english: What it grades, in English.
        regulation: The regulation that sets it.
        minimum: The lowest value on the scale, or ``None`` on a scale of
            grades without scores (`BPK`).
        maximum: The highest value on the scale, or ``None`` for no upper end.
        grades: The grades, best first.
    """

    code: str
    name: str
    english: str
    regulation: str
    minimum: Decimal | None
    maximum: Decimal | None
    grades: tuple[Grade, ...]

    @property
    def scored(self) -> bool:
        """Whether the scale grades scores (every scale but `BPK`, which orders opinions).

        >>> IRB.scored, BPK.scored
        (True, False)
        """
        return self.minimum is not None

    def classify(self, value: Decimal | int | _Measured) -> Grade:
        """Return the grade *value* falls in.

        Args:
            value: A number (`Decimal` or `int`, never a binary float), or a
                value with a ``magnitude`` (an `rbroadmap.IndexScore`,
                `rbroadmap.Level`, `rbroadmap.Percentage`, ...) whose number is
                used.

        Raises:
            ScaleError: If the value lies outside the scale, or the scale has
                no scores (`BPK`).

        >>> IRB.classify(70).code, IRB.classify(Decimal("70.01")).code
        ('B', 'BB')
        >>> IKM_2017.classify(Decimal("79.30")).indonesian
        'Baik'
        """
        if self.minimum is None:
            raise ScaleError(
                Message(
                    f"skala {self.code} mengurutkan predikat tanpa nilai; tidak ada nilai "
                    "yang dapat diklasifikasikan",
                    f"the {self.code} scale orders grades without scores; no number can be "
                    "classified on it",
                )
            )
        number = self._number(value)
        for grade in self.grades:
            if grade.contains(number):
                return grade
        upper = "" if self.maximum is None else f"-{self.maximum}"
        raise ScaleError(
            Message(
                f"{number} berada di luar skala {self.code} ({self.minimum}{upper})",
                f"{number} lies outside the {self.code} scale ({self.minimum}{upper})",
            )
        )

    def _number(self, value: Decimal | int | _Measured) -> Decimal:
        if not isinstance(value, Decimal | int):
            magnitude = getattr(value, "magnitude", None)
            if isinstance(magnitude, Decimal):
                return magnitude
        return exact_decimal(value, f"{self.code}.classify", "value")

    def grade(self, code: str) -> Grade:
        """Return the grade with this code.

        Raises:
            KeyError: If the scale has no such grade.

        >>> SPIP.grade("3").indonesian
        'Terdefinisi'
        """
        for grade in self.grades:
            if grade.code == code:
                return grade
        raise KeyError(code)

    def find(self, name: str) -> Grade | None:
        """Return the grade called *name*: its code, Indonesian or English name or alias.

        Case and runs of spaces do not matter; codes match exactly.

        >>> IKM_2017.find("sangat baik").code
        'A'
        >>> IRB.find("Memuaskan").code
        'A'
        """
        _checks.argument("Scale.find", "name", name, str, _TEXT)
        for grade in self.grades:
            if grade.code == name.strip():
                return grade
        key = name_key(name)
        for grade in self.grades:
            if any(name_key(n) == key for n in (grade.indonesian, grade.english, *grade.aliases)):
                return grade
        return None

    def rank(self, grade: Grade | str) -> int:
        """The place of *grade* (a grade of this scale, or its code or name), best first.

        Raises:
            KeyError: If the scale has no such grade.
            ModelTypeError: If *grade* is neither a `Grade` nor text.

        >>> IRB.rank("AA"), IRB.rank("Sangat Baik"), BPK.rank("WDP")
        (0, 2, 1)
        """
        return self._rank("Scale.rank", "grade", grade)

    def _rank(self, function: str, name: str, grade: object) -> int:
        _checks.argument(function, name, grade, (Grade, str), _GRADE)
        found = grade if isinstance(grade, Grade) else self.find(grade)  # type: ignore[arg-type]
        if found is None or found not in self.grades:
            raise KeyError(grade)
        return self.grades.index(found)

    def at_least(self, grade: Grade | str, than: Grade | str) -> bool:
        """Whether *grade* is as good as *than* or better, in the scale's order.

        Raises:
            KeyError: If the scale has no such grade.
            ModelTypeError: If *grade* or *than* is neither a `Grade` nor text.

        >>> IRB.at_least("A", "BB"), IRB.at_least("B", "BB"), BPK.at_least("WTP", "WDP")
        (True, False, True)
        """
        first = self._rank("Scale.at_least", "grade", grade)
        return first <= self._rank("Scale.at_least", "than", than)

    def __iter__(self) -> Iterator[Grade]:
        return iter(self.grades)

    def __len__(self) -> int:
        return len(self.grades)


def _d(text: str) -> Decimal:
    return Decimal(text)


def _left_open_scale(code: str, name: str, english: str, regulation: str) -> Scale:
    """The seven grades shared by Indeks RB and SAKIP, open on the left."""
    bands = [
        ("AA", "Sangat Memuaskan", "Very satisfactory", "90", "100"),
        ("A", "Memuaskan", "Satisfactory", "80", "90"),
        ("BB", "Sangat Baik", "Very good", "70", "80"),
        ("B", "Baik", "Good", "60", "70"),
        ("CC", "Cukup", "Fair", "50", "60"),
        ("C", "Kurang", "Poor", "30", "50"),
    ]
    grades = [
        Grade(
            code=c,
            indonesian=i,
            english=e,
            low=_d(low),
            low_open=True,
            high=_d(high),
            high_open=False,
            printed=f">{low}-{high}",
        )
        for c, i, e, low, high in bands
    ]
    grades.append(
        Grade(
            code="D",
            indonesian="Sangat Kurang",
            english="Very poor",
            low=_d("0"),
            low_open=False,
            high=_d("30"),
            high_open=False,
            printed="0-30",
        )
    )
    return Scale(
        code=code,
        name=name,
        english=english,
        regulation=regulation,
        minimum=_d("0"),
        maximum=_d("100"),
        grades=tuple(grades),
    )


IRB: Final = _left_open_scale(
    "IRB",
    "Indeks Reformasi Birokrasi",
    "Bureaucratic Reform Index",
    "PermenPAN-RB 26/2020 (PMPRB)",
)
"""Indeks Reformasi Birokrasi grades, AA to D, intervals open on the left."""

SAKIP: Final = _left_open_scale(
    "SAKIP",
    "Sistem Akuntabilitas Kinerja Instansi Pemerintah",
    "Government performance accountability",
    "PermenPAN-RB 88/2021",
)
"""SAKIP evaluation grades, AA to D, intervals open on the left."""


def _lower_bound_scale(
    code: str,
    regulation: str,
    bands: Sequence[tuple[str, str, str, str, str]],
    minimum: str = "25",
) -> Scale:
    """An IKM scale: grades by lower bound, best first; *bands* as printed.

    The lowest grade reaches down to *minimum*, the lowest value the
    regulation's formula can give.
    """
    grades = []
    upper: Decimal | None = _d("100")
    for grade_code, indonesian, english, low, printed_high in bands:
        grades.append(
            Grade(
                code=grade_code,
                indonesian=indonesian,
                english=english,
                low=_d(low),
                low_open=False,
                high=upper,
                high_open=upper != _d("100"),
                printed=f"{low.replace('.', ',')}-{printed_high.replace('.', ',')}",
            )
        )
        upper = _d(low)
    grades[-1] = attrs.evolve(grades[-1], low=_d(minimum))
    return Scale(
        code=code,
        name="Indeks Kepuasan Masyarakat",
        english="Public satisfaction index",
        regulation=regulation,
        minimum=_d(minimum),
        maximum=_d("100"),
        grades=tuple(grades),
    )


IKM_2017: Final = _lower_bound_scale(
    "IKM_2017",
    "PermenPAN-RB 14/2017",
    [
        ("A", "Sangat Baik", "Very good", "88.31", "100.00"),
        ("B", "Baik", "Good", "76.61", "88.30"),
        ("C", "Kurang Baik", "Not good", "65.00", "76.60"),
        ("D", "Tidak Baik", "Poor", "25.00", "64.99"),
    ],
)
"""IKM / SKM grades under PermenPAN-RB 14/2017, classified by lower bounds."""

IKM_2004: Final = _lower_bound_scale(
    "IKM_2004",
    "KepMenPAN 25/2004",
    [
        ("A", "Sangat Baik", "Very good", "81.26", "100.00"),
        ("B", "Baik", "Good", "62.51", "81.25"),
        ("C", "Kurang Baik", "Not good", "43.76", "62.50"),
        ("D", "Tidak Baik", "Poor", "25.00", "43.75"),
    ],
    minimum="24.85",
)
"""IKM grades under KepMenPAN 25/2004, classified by lower bounds."""


def _spip() -> Scale:
    levels = [
        ("5", "Optimum", "Optimum", "4.50", None, ()),
        ("4", "Terkelola dan Terukur", "Managed and measured", "4.00", "4.50", ()),
        ("3", "Terdefinisi", "Defined", "3.00", "4.00", ()),
        ("2", "Berkembang", "Developing", "2.00", "3.00", ("Intuitif",)),
        ("1", "Rintisan", "Initial", "1.00", "2.00", ()),
        ("0", "Belum Ada", "Non-existent", "0", "1.00", ()),
    ]
    grades = tuple(
        Grade(
            code=code,
            indonesian=indonesian,
            english=english,
            low=_d(low),
            low_open=False,
            high=_d("5") if high is None else _d(high),
            high_open=high is not None,
            printed=(
                f">={low.replace('.', ',')}"
                if high is None
                else f"{low.replace('.', ',')}-<{high.replace('.', ',')}"
            ),
            aliases=aliases,
        )
        for code, indonesian, english, low, high, aliases in levels
    )
    return Scale(
        code="SPIP",
        name="Maturitas Sistem Pengendalian Intern Pemerintah",
        english="Internal control system maturity",
        regulation="PP 60/2008; BPKP maturity assessment of SPIP",
        minimum=_d("0"),
        maximum=_d("5"),
        grades=grades,
    )


SPIP: Final = _spip()
"""SPIP maturity levels 0-5, from a maturity score of 0 to 5, closed on the left."""


def _bpk() -> Scale:
    opinions = [
        ("WTP", "Wajar Tanpa Pengecualian", "Unqualified opinion"),
        ("WDP", "Wajar Dengan Pengecualian", "Qualified opinion"),
        ("TW", "Tidak Wajar", "Adverse opinion"),
        ("TMP", "Tidak Menyatakan Pendapat", "Disclaimer of opinion"),
    ]
    grades = tuple(
        Grade(
            code=code,
            indonesian=indonesian,
            english=english,
            low=None,
            low_open=False,
            high=None,
            high_open=False,
            printed=code,
        )
        for code, indonesian, english in opinions
    )
    return Scale(
        code="BPK",
        name="Opini Badan Pemeriksa Keuangan atas laporan keuangan",
        english="Audit opinion of the Supreme Audit Agency on financial statements",
        regulation="UU 15/2004, Penjelasan Pasal 16 ayat (1)",
        minimum=None,
        maximum=None,
        grades=grades,
    )


BPK: Final = _bpk()
"""BPK audit opinions, best first: WTP, WDP, TW, TMP; an order without scores."""

SCALES: Final[Mapping[str, Scale]] = MappingProxyType(
    {s.code: s for s in (IRB, SAKIP, IKM_2017, IKM_2004, SPIP, BPK)}
)
"""Every scale rbroadmap knows, by code."""

INDEX_SCALES: Final[Mapping[str, str]] = MappingProxyType(
    {
        "IRB": "IRB",
        "PMPRB": "IRB",
        "SAKIP": "SAKIP",
        "AKIP": "SAKIP",
        "IKM": "IKM",
        "SKM": "IKM",
        "SPIP": "SPIP",
    }
)
"""The scale each index name of an `IndexScore` is graded on: ``"IRB 70"`` (and
``"PMPRB 70"``) on `IRB`, ``"IKM 79,30"`` and ``"SKM 79,30"`` on the IKM scale in
force (see `ikm_scale`)."""

_SPIP_MAXIMUM: Final = Decimal(5)
"""The highest SPIP maturity level."""

_IKM_2017_FROM: Final = 2017
"""The year PermenPAN-RB 14/2017 replaced KepMenPAN 25/2004."""


def ikm_scale(year: int) -> Scale:
    """Return the IKM scale in force in *year*: `IKM_2017` from 2017, `IKM_2004` before.

    >>> ikm_scale(2018).code, ikm_scale(2016).code
    ('IKM_2017', 'IKM_2004')
    """
    _checks.argument("ikm_scale", "year", year, int, _YEAR)
    return IKM_2017 if year >= _IKM_2017_FROM else IKM_2004


def scale_of_index(index: str) -> Scale | None:
    """The scale the scores of the index called *index* are graded on, where the name says.

    ``IRB`` (and ``PMPRB``) scores are graded on `IRB`, ``SAKIP`` (and ``AKIP``) on
    `SAKIP`, ``SPIP`` on `SPIP` (`INDEX_SCALES`). An ``IKM`` or ``SKM`` score names
    no one scale: it is graded under KepMenPAN 25/2004 or PermenPAN-RB 14/2017,
    whichever the document follows, so it gives ``None``, as does any other name
    (`scale_of` takes the IKM scale in force in a year).

    >>> scale_of_index("SAKIP").code, scale_of_index("IKM")
    ('SAKIP', None)
    """
    _checks.argument("scale_of_index", "index", index, str, _TEXT)
    code = INDEX_SCALES.get(index)
    return None if code is None or code == "IKM" else SCALES[code]


class _Indexed(Protocol):
    """An index score (`rbroadmap.IndexScore`), known here by the name of its index.

    This module lies below `rbroadmap.values`, so it knows the values it measures by
    what they hold.
    """

    @property
    def index(self) -> str:
        """The index's name (``"IRB"``)."""


class _Levelled(Protocol):
    """A maturity level (`rbroadmap.Level`), known here by its number and its name."""

    @property
    def magnitude(self) -> Decimal:
        """The level's number."""

    @property
    def label(self) -> str | None:
        """The level's name as written, or ``None``."""


def scale_of(value: _Indexed | _Levelled, *, year: int = _IKM_2017_FROM) -> Scale | None:
    """Return the regulation scale *value* is measured on, or ``None`` if none is known.

    Args:
        value: An `rbroadmap.IndexScore`, measured on the scale its index's name
            says (`INDEX_SCALES`; an IKM as of *year*, see `ikm_scale`), or an
            `rbroadmap.Level`, measured on the SPIP maturity scale when it lies on
            it (0-5).
        year: The year that decides the IKM scale in force.

    >>> from rbroadmap.values import IndexScore, Level
    >>> scale_of(IndexScore("IRB", 70)).code
    'IRB'
    >>> scale_of(IndexScore("SKM", 80), year=2010).code
    'IKM_2004'
    >>> scale_of(Level(3)).code, scale_of(Level(7)), scale_of(IndexScore("IPM", 70))
    ('SPIP', None, None)
    """
    _checks.argument("scale_of", "year", year, int, _YEAR)
    index = getattr(value, "index", None)
    if isinstance(index, str):
        code = INDEX_SCALES.get(index)
        if code is None:
            return None
        return ikm_scale(year) if code == "IKM" else SCALES[code]
    magnitude = getattr(value, "magnitude", None)
    if isinstance(magnitude, Decimal) and hasattr(value, "label"):
        return SPIP if magnitude <= _SPIP_MAXIMUM else None
    return None


def _element_means(
    means: Sequence[Decimal | int], expected: int, regulation: str
) -> list[Fraction]:
    if not isinstance(means, list | tuple):
        function = "ikm_2017" if expected == 9 else "ikm_2004"
        raise _checks.wrong_argument(
            function,
            "element_means",
            means,
            Message(f"daftar {expected} nilai rata-rata", f"a list of {expected} mean scores"),
        )
    if len(means) != expected:
        raise ScaleError(
            Message(
                f"{regulation} memakai {expected} unsur pelayanan, bukan {len(means)}",
                f"{regulation} uses {expected} service elements, not {len(means)}",
            )
        )
    fractions = []
    for i, mean in enumerate(means, start=1):
        number = exact_decimal(mean, "ikm", f"U{i}")
        if not Decimal(1) <= number <= Decimal(4):
            raise ScaleError(
                Message(
                    f"nilai rata-rata unsur U{i} = {number} harus antara 1 dan 4",
                    f"the mean score of element U{i} = {number} must be between 1 and 4",
                )
            )
        fractions.append(Fraction(number))
    return fractions


def _two_places(value: Fraction) -> Decimal:
    return round_half_up(value, 2)


def ikm_2017(element_means: Sequence[Decimal | int]) -> Decimal:
    """Compute the IKM of PermenPAN-RB 14/2017 from nine element means.

    Each of the nine elements U1-U9 is scored 1-4 by respondents; the IKM is the
    weighted mean (weight 1/9 each) times 25, given to two decimals (half up).

    Args:
        element_means: The mean score of each element, U1 first, as `Decimal`
            or `int` between 1 and 4.

    Raises:
        ScaleError: If there are not nine means, or one lies outside 1-4.

    >>> ikm_2017([Decimal("3.2")] * 9)
    Decimal('80.00')
    >>> IKM_2017.classify(ikm_2017([Decimal("3.2")] * 9)).code
    'B'
    """
    fractions = _element_means(element_means, 9, "PermenPAN-RB 14/2017")
    return _two_places(sum(fractions, Fraction(0)) * Fraction(1, 9) * 25)


def ikm_2004(element_means: Sequence[Decimal | int]) -> Decimal:
    """Compute the IKM of KepMenPAN 25/2004 from fourteen element means.

    Each of the fourteen elements is scored 1-4; each mean is weighted 0,071,
    as the regulation states, and the sum is multiplied by 25, given to two
    decimals (half up). Because fourteen weights of 0,071 add up to 0,994, the
    IKM runs from 24,85 to 99,40; `IKM_2004` grades 24,85-25,00 as D with the
    rest of the printed D band.

    Args:
        element_means: The mean score of each element, the first first.

    Raises:
        ScaleError: If there are not fourteen means, or one lies outside 1-4.

    >>> ikm_2004([4] * 14)
    Decimal('99.40')
    """
    fractions = _element_means(element_means, 14, "KepMenPAN 25/2004")
    return _two_places(sum(fractions, Fraction(0)) * Fraction(71, 1000) * 25)
