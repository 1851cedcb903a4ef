"""Target values (*nilai target*): what one cell of a target schedule holds.

The yearly target cells of a road map are not all numbers. Kota Probolinggo's
action plan writes ``25%``, ``100 %``, ``39 OPD``, ``39 OPD Dan masyarakat``,
``10 Orang``, ``1 Unit``, ``IRB 70`` and ``-`` (no target that year); the road
maps of other regions add comparisons (``>70``, ``minimal 80%``), scores with
their grade (``60/B``), ticks in year columns (``√``) and ``NA``. Each form
has its own type here, so that a percentage is never compared with a head
count by accident:

===================  ==========================  ===================================
type                 Indonesian                  notation
===================  ==========================  ===================================
`Percentage`         persentase                  ``25%``, ``79,30%``
`Count`              jumlah dengan satuan        ``39 OPD``, ``11 Peraturan Daerah``,
                                                 ``39 OPD Dan masyarakat``
`Quantity`           besaran dengan satuan       ``2,5 hari``, ``3,27 Indeks``
`IndexScore`         nilai indeks                ``IRB 70``, ``IKM 79,30``
`Level`              level / tingkat             ``Level 3 (terdefinisi)``
`Threshold`          ambang batas                ``> IRB 70``, ``≥ 80%``, ``≤ 5 hari``
`Graded`             nilai dengan predikat       ``SAKIP 60/B``, ``> IRB 70/BB``
`Range`              rentang                     ``70-80%``, ``IRB 70-75``
`CheckMark`          tanda centang               ``√``
`Qualitative`        kualitatif                  ``WTP``, ``Tersedia``
`NotAvailable`       data tidak tersedia         ``NA``
`NoTarget`           tidak ada target            ``-``
===================  ==========================  ===================================

Numbers are exact: `decimal.Decimal` for percentages, quantities and index
scores, `int` for counts and levels. Binary floats are refused, because ``0.1``
is not exactly one tenth; pass ``Decimal("0.1")`` or parse ``"0,1%"`` instead.

**Units as written.** A count's unit is its whole unit phrase: ``11 Peraturan
Daerah`` counts *Peraturan Daerah*, never *Peraturan* with a remark. Words
after the unit are a *qualifier* only where the document separates them: from
the first connective word (``dan``, ``serta``, ``atau``, ``yang``, ``di``,
``untuk`` ... `CONNECTIVES`, or a word starting ``se-``), as in ``39 OPD Dan
masyarakat``, or after a comma (``39 OPD, terintegrasi``).

Turning text into these values and back is the job of `rbroadmap.notation`.

Each kind is declared once, as a `ValueKind` in `VALUE_KINDS`: its class, its
name in documents and messages, and whether it is numeric, a target, a realised
value, an end of a range or due at all. Notation, the document format, the
strategies, the rules and the attainment calculator read these declarations,
and a test checks that each of them covers exactly the kinds declared.
"""

from __future__ import annotations

import operator
import re
from collections.abc import Callable
from decimal import Decimal
from fractions import Fraction
from typing import Any, Final, TypeAlias, TypeGuard, final

import attrs

from rbroadmap import _checks
from rbroadmap._checks import MAX_DECIMAL_PLACES, MAX_INTEGER_DIGITS, exact_decimal, whole_number
from rbroadmap.errors import quote
from rbroadmap.messages import LabelledEnum, Message, listed
from rbroadmap.scales import SCALES, Grade, Scale, scale_of_index

__all__ = [
    "BOUND_TYPES",
    "CHECK_MARK",
    "CONNECTIVES",
    "MAX_DECIMAL_PLACES",
    "MAX_INTEGER_DIGITS",
    "MAX_TEXT_LENGTH",
    "NOT_AVAILABLE",
    "NO_TARGET",
    "NUMERIC_TYPES",
    "QUARTER_NAMES",
    "REALISED_TYPES",
    "TARGET_TYPES",
    "VALUE_KINDS",
    "CheckMark",
    "Comparison",
    "Count",
    "Graded",
    "IndexScore",
    "Level",
    "Measure",
    "NoTarget",
    "NotAvailable",
    "NumericValue",
    "Percentage",
    "Qualitative",
    "Quantity",
    "Range",
    "TargetValue",
    "Threshold",
    "ValueKind",
    "is_due",
    "is_numeric",
    "is_target_value",
    "kind_of",
    "measure_of",
    "names_of",
    "number_of",
    "unit_measure",
]

MAX_TEXT_LENGTH: Final = 200
"""The longest text a value is written in or holds, in characters: a qualitative
value, a unit, a qualifier or a label, and the notation of a whole value."""

UNIT_WORD: Final = r"[^\W\d_][^\s\d%,()/]*"
"""One word of a unit phrase: a letter, then anything but spaces, digits, ``%``,
commas, parentheses and slashes."""

CONNECTIVES: Final = frozenset(
    {
        "dan",
        "serta",
        "atau",
        "yang",
        "di",
        "ke",
        "dari",
        "pada",
        "untuk",
        "dengan",
        "dalam",
        "bagi",
        "oleh",
        "per",
    }
)
"""Connective words (*kata penghubung*): the first of them after a number's unit
starts the unit's qualifier (``39 OPD Dan masyarakat``), and so does a word
starting ``se-`` (``39 OPD se-Kota``). A unit phrase never holds one."""

NOT_INDEXES: Final = frozenset({"RP", "IDR"})
"""Capital abbreviations that are never the name of an index: they name money."""

QUARTER_NAMES: Final = ("TW I", "TW II", "TW III", "TW IV")
"""The Indonesian names of the quarters (*triwulan*), TW I first."""

NOT_AVAILABLE_FORMS: Final = frozenset({"na", "n/a", "n.a.", "n.a", "na.", "t.a.d.", "t.a.d"})
"""How documents write *not available* (case aside): ``NA``, ``N/A``, ``n.a.``,
``t.a.d.`` (*tidak ada data*)."""

_INDEX_NAME: Final = re.compile(r"[A-Z]{2,12}\Z", re.ASCII)
_UNIT_WORD: Final = re.compile(r"[^\W\d_][^\s\d%]*\Z")
_NOTATION_WORD: Final = re.compile(rf"{UNIT_WORD}\Z")
_HAS_DIGIT: Final = re.compile(r"\d")
_HAS_LETTER: Final = re.compile(r"[^\W\d_]")
_MONEY_UNITS: Final = frozenset({"rp", "rp.", "idr", "rupiah"})
_PERCENT_UNITS: Final = frozenset({"%", "persen", "percent", "prosen"})
_LEVEL_UNITS: Final = frozenset({"level", "tingkat"})
_GRADE_TEXT: Final = re.compile(r"[^\s\d%()/][^\d%()/]*\Z")

_fail = _checks.fail_named
_wrong_type = _checks.wrong_type_named


def is_connective(word: str) -> bool:
    """Whether *word* starts a qualifier after a unit: a `CONNECTIVES` word or ``se-...``.

    >>> is_connective("Dan"), is_connective("se-Kota"), is_connective("Daerah")
    (True, True, False)
    """
    folded = word.casefold()
    return folded in CONNECTIVES or folded.startswith("se-")


def is_not_available(text: str) -> bool:
    """Whether *text* is a way of writing *not available* (`NOT_AVAILABLE_FORMS`).

    >>> is_not_available("N/A"), is_not_available("n.a."), is_not_available("Nama")
    (True, True, False)
    """
    return text.strip().casefold() in NOT_AVAILABLE_FORMS


def _short_text(value: object, entity: str, field: str) -> str:
    if not isinstance(value, str):
        raise _wrong_type(entity, field, value, "teks / a str")
    _checks.check_characters(entity, field, value)
    if not value or value != value.strip():
        raise _fail(
            entity,
            field,
            value,
            "tidak boleh kosong atau diawali/diakhiri spasi",
            "must not be empty or start or end with a space",
        )
    if len(value) > MAX_TEXT_LENGTH:
        raise _fail(
            entity,
            field,
            value,
            f"paling panjang {MAX_TEXT_LENGTH} karakter",
            f"must be at most {MAX_TEXT_LENGTH} characters long",
        )
    if _HAS_DIGIT.search(value) or "%" in value or "\n" in value:
        raise _fail(
            entity,
            field,
            value,
            "tidak boleh memuat angka, '%' atau baris baru",
            "must not contain digits, '%' or line breaks",
        )
    return value


def check_unit_phrase(unit: object, entity: str, field: str = "unit") -> str:
    """Check a unit phrase (*satuan*) as a count or quantity holds it, or raise `ModelError`.

    One or more words separated by single spaces, each starting with a letter,
    without digits or ``%``; not money, not percent. Notation reads a unit up
    to the first connective word, comma, parenthesis or slash (see
    `CONNECTIVES`); a unit holding one of those is held as given, and written
    in documents in structured form.

    >>> check_unit_phrase("Peraturan Daerah", "Count")
    'Peraturan Daerah'
    """
    text = _short_text(unit, entity, field)
    words = text.split(" ")
    if not all(_UNIT_WORD.match(word) for word in words):
        raise _fail(
            entity,
            field,
            unit,
            "satuan adalah kata-kata yang diawali huruf, dipisah satu spasi",
            "a unit is one or more words starting with a letter, separated by one space",
        )
    folded = {word.casefold() for word in words}
    if folded & _MONEY_UNITS:
        raise _fail(
            entity,
            field,
            unit,
            "uang bukan jumlah satuan; gunakan parse_rupiah",
            "money is not a count; use parse_rupiah",
        )
    if folded & _PERCENT_UNITS:
        raise _fail(
            entity,
            field,
            unit,
            "persentase bukan jumlah; gunakan Percentage",
            "a percentage is not a count; use Percentage",
        )
    return text


def _percentage_value(value: Decimal | int) -> Decimal:
    return exact_decimal(value, "Percentage", "value")


def _index_value(value: Decimal | int) -> Decimal:
    return exact_decimal(value, "IndexScore", "value")


def _count_value(value: int) -> int:
    return whole_number(value, "Count", "value", low=0, high=10**MAX_INTEGER_DIGITS - 1)


def _level_value(value: int) -> int:
    return whole_number(value, "Level", "value", low=0, high=99)


def _quantity_value(value: Decimal | int) -> Decimal:
    return exact_decimal(value, "Quantity", "value")


class Comparison(LabelledEnum):
    """How a value is compared with a stated bound (*pembanding*).

    Held by a `Threshold` (``> IRB 70``, ``paling sedikit 39 OPD``) and by an
    `rbroadmap.Indicator`'s ``comparison``.

    >>> Comparison.MORE_THAN.symbol, Comparison.MORE_THAN.holds(Decimal(72), Decimal(70))
    ('>', True)
    """

    AT_LEAST = "at-least", "Paling sedikit", "At least"
    """Paling sedikit (>=)."""
    MORE_THAN = "more-than", "Lebih dari", "More than"
    """Lebih dari (>)."""
    EXACTLY = "exactly", "Sama dengan", "Exactly"
    """Sama dengan (=)."""
    AT_MOST = "at-most", "Paling banyak", "At most"
    """Paling banyak (<=)."""
    LESS_THAN = "less-than", "Kurang dari", "Less than"
    """Kurang dari (<)."""

    @property
    def symbol(self) -> str:
        """The sign the canonical notation writes: ``≥``, ``>``, ``=``, ``≤`` or ``<``.

        >>> Comparison.AT_MOST.symbol
        '≤'
        """
        return _SYMBOLS[self]

    @property
    def upper(self) -> bool:
        """Whether the bound is a ceiling (at most, less than): lower values are better.

        >>> Comparison.AT_MOST.upper, Comparison.MORE_THAN.upper
        (True, False)
        """
        return self in (Comparison.AT_MOST, Comparison.LESS_THAN)

    @property
    def strict(self) -> bool:
        """Whether the bound itself falls short (more than, less than).

        >>> Comparison.MORE_THAN.strict, Comparison.AT_LEAST.strict
        (True, False)
        """
        return self in (Comparison.MORE_THAN, Comparison.LESS_THAN)

    def holds(self, value: Decimal | Fraction, bound: Decimal | Fraction) -> bool:
        """Whether *value* compares with *bound* as this comparison asks.

        >>> Comparison.MORE_THAN.holds(Decimal(70), Decimal(70))
        False
        """
        return bool(_HOLDS[self](value, bound))


_SYMBOLS: Final = {
    Comparison.AT_LEAST: "≥",
    Comparison.MORE_THAN: ">",
    Comparison.EXACTLY: "=",
    Comparison.AT_MOST: "≤",
    Comparison.LESS_THAN: "<",
}
_HOLDS: Final[dict[Comparison, Callable[[Any, Any], Any]]] = {
    Comparison.AT_LEAST: operator.ge,
    Comparison.MORE_THAN: operator.gt,
    Comparison.EXACTLY: operator.eq,
    Comparison.AT_MOST: operator.le,
    Comparison.LESS_THAN: operator.lt,
}


@final
@attrs.frozen
class Percentage:
    """Percentage (*persentase*): a target or realised value such as ``25%``.

    Attributes:
        value: The number of percent, exactly as written (``Decimal("79.30")``
            keeps its two decimals).

    >>> Percentage(25)
    Percentage(value=Decimal('25'))
    >>> Percentage(Decimal("79.30")).magnitude
    Decimal('79.30')
    """

    value: Decimal = attrs.field(converter=_percentage_value)

    @property
    def magnitude(self) -> Decimal:
        """The number compared and computed with (the percent value).

        >>> Percentage(60).magnitude
        Decimal('60')
        """
        return self.value

    @property
    def dimension(self) -> str:
        """What the value measures: always ``"%"`` for a percentage.

        >>> Percentage(60).dimension
        '%'
        """
        return "%"


def _check_qualifier(entity: str, qualifier: str | None) -> None:
    if qualifier is not None:
        _short_text(qualifier, entity, "qualifier")


@final
@attrs.frozen
class Count:
    """Count with a unit (*jumlah dengan satuan*): ``39 OPD``, ``11 Peraturan Daerah``.

    The unit is the whole unit phrase as written: ``11 Peraturan Daerah``
    counts *Peraturan Daerah*. Words the document separates from the unit are
    kept as the *qualifier*, exactly as written: from a connective word on
    (``39 OPD Dan masyarakat``, see `CONNECTIVES`), or after a comma (``39
    OPD, terintegrasi``).

    Attributes:
        value: How many, a whole number of zero or more.
        unit: The unit phrase as written (``"OPD"``, ``"Peraturan Daerah"``,
            ``"website"``): words starting with a letter, without digits.
        qualifier: The words the document separates from the unit, or ``None``.

    >>> Count(39, "OPD", "Dan masyarakat").qualifier
    'Dan masyarakat'
    >>> Count(11, "Peraturan Daerah").dimension
    'peraturan daerah'
    """

    value: int = attrs.field(converter=_count_value)
    unit: str = attrs.field()
    qualifier: str | None = attrs.field(default=None)

    @unit.validator
    def _check_unit(self, _: attrs.Attribute[str], unit: str) -> None:
        check_unit_phrase(unit, "Count")

    @qualifier.validator
    def _check_qualifier(self, _: attrs.Attribute[str | None], qualifier: str | None) -> None:
        _check_qualifier("Count", qualifier)

    @property
    def magnitude(self) -> Decimal:
        """The count as a `Decimal`, for computing with.

        >>> Count(39, "OPD").magnitude
        Decimal('39')
        """
        return Decimal(self.value)

    @property
    def dimension(self) -> str:
        """What the value counts: its unit, case-folded.

        >>> Count(10, "Orang").dimension
        'orang'
        """
        return self.unit.casefold()


def _check_fraction(instance: Quantity, _: attrs.Attribute[Decimal], value: Decimal) -> None:
    if value < 0:
        raise _fail("Quantity", "value", value, "tidak boleh negatif", "must not be negative")
    if value == value.to_integral_value():
        raise _fail(
            "Quantity",
            "value",
            value,
            "bilangan bulat dalam suatu satuan adalah Count; Quantity untuk bilangan pecahan "
            f"(tulis {int(value)} tanpa koma)",
            "a whole number in a unit is a Count; a Quantity has a fraction "
            f"(write {int(value)} without a comma)",
        )


@final
@attrs.frozen
class Quantity:
    """Quantity with a unit (*besaran dengan satuan*): ``2,5 hari``, ``3,27 Indeks``.

    A number with a fraction in a unit: a duration, an average, a score under
    a table's unit column (*Satuan*). A whole number in a unit is a `Count`
    (``3 Indeks``), and a whole number written with a comma (``5,0 OPD``) is
    refused by the notation, so that each text has one reading. A count and a
    quantity in the same unit measure the same thing (`measure_of`): one may be
    judged against the other.

    Attributes:
        value: The number, exactly as written, with a fraction (``Decimal("2.50")``).
        unit: The unit phrase as written, as for a `Count`.
        qualifier: The words the document separates from the unit, or ``None``.

    >>> Quantity(Decimal("2.5"), "hari").dimension
    'hari'
    """

    value: Decimal = attrs.field(converter=_quantity_value, validator=_check_fraction)
    unit: str = attrs.field()
    qualifier: str | None = attrs.field(default=None)

    @unit.validator
    def _check_unit(self, _: attrs.Attribute[str], unit: str) -> None:
        check_unit_phrase(unit, "Quantity")

    @qualifier.validator
    def _check_qualifier(self, _: attrs.Attribute[str | None], qualifier: str | None) -> None:
        _check_qualifier("Quantity", qualifier)

    @property
    def magnitude(self) -> Decimal:
        """The number, for computing with.

        >>> Quantity(Decimal("3.27"), "Indeks").magnitude
        Decimal('3.27')
        """
        return self.value

    @property
    def dimension(self) -> str:
        """What the value measures: its unit, case-folded.

        >>> Quantity(Decimal("2.5"), "Hari").dimension
        'hari'
        """
        return self.unit.casefold()


@final
@attrs.frozen
class IndexScore:
    """Index score (*nilai indeks*): ``IRB 70``, ``IKM 79,30``, ``SAKIP 65``.

    Attributes:
        index: The index's abbreviation, in capitals (``"IRB"``, ``"IKM"``).
        value: The score, exactly as written.

    >>> IndexScore("IRB", 70).value
    Decimal('70')
    """

    index: str = attrs.field()
    value: Decimal = attrs.field(converter=_index_value)

    @index.validator
    def _check_index(self, _: attrs.Attribute[str], index: str) -> None:
        if not isinstance(index, str):
            raise _wrong_type("IndexScore", "index", index, "teks / a str")
        if not _INDEX_NAME.match(index) or index in NOT_INDEXES:
            raise _fail(
                "IndexScore",
                "index",
                index,
                "nama indeks ditulis dengan 2-12 huruf kapital, mis. 'IRB'",
                "an index name is 2-12 capital letters, such as 'IRB'",
            )

    @property
    def magnitude(self) -> Decimal:
        """The score, for computing with.

        >>> IndexScore("IKM", Decimal("79.30")).magnitude
        Decimal('79.30')
        """
        return self.value

    @property
    def dimension(self) -> str:
        """What the value measures: the index name.

        >>> IndexScore("IRB", 70).dimension
        'IRB'
        """
        return self.index


@final
@attrs.frozen
class Level:
    """Level (*level / tingkat*): a maturity level such as SPIP ``Level 3``.

    Attributes:
        value: The level, a whole number from 0 to 99.
        label: The level's name as written (``"terdefinisi"``), or ``None``.

    >>> Level(3, "terdefinisi").label
    'terdefinisi'
    """

    value: int = attrs.field(converter=_level_value)
    label: str | None = attrs.field(default=None)

    @label.validator
    def _check_label(self, _: attrs.Attribute[str | None], label: str | None) -> None:
        if label is not None:
            _short_text(label, "Level", "label")
            if "(" in label or ")" in label:
                raise _fail(
                    "Level",
                    "label",
                    label,
                    "label tidak boleh memuat tanda kurung",
                    "a label must not contain parentheses",
                )

    @property
    def magnitude(self) -> Decimal:
        """The level as a `Decimal`, for computing with.

        >>> Level(3).magnitude
        Decimal('3')
        """
        return Decimal(self.value)

    @property
    def dimension(self) -> str:
        """What the value measures: always ``"level"``.

        >>> Level(3).dimension
        'level'
        """
        return "level"


_BOUNDABLE: Final = (Percentage, Count, Quantity, IndexScore, Level)


def _check_threshold(
    instance: Threshold, _: attrs.Attribute[Comparison], comparison: object
) -> None:
    if not isinstance(comparison, Comparison):
        raise _wrong_type("Threshold", "comparison", comparison, "Comparison")
    if comparison is Comparison.EXACTLY:
        raise _fail(
            "Threshold",
            "comparison",
            comparison.value,
            "nilai tepat ditulis tanpa tanda pembanding",
            "an exact value is written without a comparison",
        )


def _check_bounded(instance: Threshold, _: attrs.Attribute[Any], value: Any) -> None:
    if not isinstance(value, _BOUNDABLE):
        names = names_of(_BOUNDABLE)
        raise _wrong_type("Threshold", "value", value, f"{names.indonesian} / {names.english}")


@final
@attrs.frozen
class Threshold:
    """Threshold (*ambang batas*): a value with a comparison, ``> IRB 70``, ``≥ 80%``.

    Written ``>70``, ``≥ 80%``, ``minimal 80%``, ``paling sedikit 39 OPD``,
    ``lebih dari 70``, ``maks. 5 hari``, ``paling lama 3 hari`` and so on: the
    target is met by any value on the right side of the bound. A bound that is
    a ceiling (``≤``, ``<``) makes lower values better.

    Attributes:
        comparison: How the value is compared with the bound (never `Comparison.EXACTLY`:
            an exact value is written without a sign).
        value: The bound: a `Percentage`, `Count`, `Quantity`, `IndexScore` or `Level`.

    >>> t = Threshold(Comparison.MORE_THAN, IndexScore("IRB", 70))
    >>> t.magnitude, t.dimension
    (Decimal('70'), 'IRB')
    """

    comparison: Comparison = attrs.field(validator=_check_threshold)
    value: Percentage | Count | Quantity | IndexScore | Level = attrs.field(
        validator=_check_bounded
    )

    @property
    def magnitude(self) -> Decimal:
        """The bound's number.

        >>> Threshold(Comparison.AT_MOST, Count(5, "hari")).magnitude
        Decimal('5')
        """
        return self.value.magnitude

    @property
    def dimension(self) -> str:
        """What the bound measures.

        >>> Threshold(Comparison.AT_LEAST, Percentage(80)).dimension
        '%'
        """
        return self.value.dimension

    def met_by(self, value: Decimal) -> bool:
        """Whether the number *value* lies on the right side of the bound.

        >>> Threshold(Comparison.MORE_THAN, IndexScore("IRB", 70)).met_by(Decimal(70))
        False
        """
        return self.comparison.holds(value, self.magnitude)


_SCORES: Final = (Percentage, Count, Quantity, IndexScore, Threshold)


def _check_score(instance: Graded, _: attrs.Attribute[Any], score: Any) -> None:
    if not isinstance(score, _SCORES):
        names = names_of(_SCORES)
        raise _wrong_type("Graded", "score", score, f"{names.indonesian} / {names.english}")
    inner = score.value if isinstance(score, Threshold) else score
    if isinstance(inner, Level):
        raise _fail(
            "Graded",
            "score",
            score,
            "level sudah memuat namanya; tulis 'Level 3 (Terdefinisi)'",
            "a level carries its own name; write 'Level 3 (Terdefinisi)'",
        )
    if isinstance(inner, Count | Quantity) and inner.qualifier is not None:
        raise _fail(
            "Graded",
            "score",
            score,
            "nilai yang berpredikat tidak memiliki keterangan",
            "a graded score has no qualifier",
        )


def _check_grade_text(instance: Graded, _: attrs.Attribute[str], grade: object) -> None:
    _short_text(grade, "Graded", "grade")
    assert isinstance(grade, str)
    if not _GRADE_TEXT.match(grade) or not _HAS_LETTER.search(grade):
        raise _fail(
            "Graded",
            "grade",
            grade,
            "predikat ditulis dengan huruf, tanpa kurung atau garis miring ('BB', 'Baik')",
            "a grade is written in letters, without parentheses or slashes ('BB', 'Baik')",
        )


def _check_scale(instance: Graded, _: attrs.Attribute[str | None], code: object) -> None:
    implied = instance.implied_scale
    if code is not None:
        if not isinstance(code, str):
            raise _wrong_type("Graded", "scale", code, "kode skala (str) / a scale code (str)")
        scale = SCALES.get(code)
        if scale is None or not scale.scored:
            known = ", ".join(s.code for s in SCALES.values() if s.scored)
            raise _fail(
                "Graded",
                "scale",
                code,
                f"bukan skala bernilai; skala yang dikenal: {known}",
                f"not a scale of scores; the scales known are {known}",
            )
        if implied is not None and implied is not scale:
            raise _fail(
                "Graded",
                "scale",
                code,
                f"nilai {quote(instance.score)} sudah menunjuk skala {implied.code}",
                f"the score {quote(instance.score)} already names the {implied.code} scale",
            )
    scale = instance.on_scale
    if scale is not None and scale.find(instance.grade) is None:
        grades = ", ".join(g.code for g in scale)
        raise _fail(
            "Graded",
            "grade",
            instance.grade,
            f"bukan predikat skala {scale.code}; predikatnya: {grades}",
            f"not a grade of the {scale.code} scale; its grades are {grades}",
        )


@final
@attrs.frozen
class Graded:
    """Score with its grade (*nilai dengan predikat*): ``SAKIP 60/B``, ``> IRB 70/BB``.

    Road maps write a score and the grade it earns in one cell: ``57/CC``,
    ``60/B``, ``>70/BB``, ``3,27 (Baik)``. The score keeps its unit (an index
    such as ``IRB``, or the unit of the table's *Satuan* column) and may be a
    `Threshold`; the grade is kept as written, a code (``BB``) or a name
    (``Baik``). The grade means something on a regulation scale
    (`rbroadmap.scales`): the one the score's index names (``IRB``, ``SAKIP``,
    ``SPIP``, see `rbroadmap.scales.scale_of_index`), or one declared in
    *scale* (an IKM score is graded under KepMenPAN 25/2004 or PermenPAN-RB
    14/2017, and its index does not say which). On a known scale the grade
    must be one of its grades; whether it agrees with the score is for the
    rules to say (``60/B`` under SAKIP is CC).

    Attributes:
        score: The score: a `Percentage`, `Count`, `Quantity`, `IndexScore` or a
            `Threshold` of one.
        grade: The grade as written: a code (``"BB"``) or a name (``"Sangat Baik"``).
        scale: The code of the scale the grade is on (``"IKM_2017"``), when the
            score's index does not name it; ``None`` otherwise.

    >>> g = Graded(Threshold(Comparison.MORE_THAN, IndexScore("IRB", 70)), "BB")
    >>> g.on_scale.code, g.stated_grade.english
    ('IRB', 'Very good')
    """

    score: Percentage | Count | Quantity | IndexScore | Threshold = attrs.field(
        validator=_check_score
    )
    grade: str = attrs.field(validator=_check_grade_text)
    scale: str | None = attrs.field(default=None, validator=_check_scale)

    @property
    def implied_scale(self) -> Scale | None:
        """The scale the score's index names, if it names one.

        >>> Graded(IndexScore("SAKIP", 60), "B").implied_scale.code
        'SAKIP'
        """
        inner = self.score.value if isinstance(self.score, Threshold) else self.score
        return scale_of_index(inner.index) if isinstance(inner, IndexScore) else None

    @property
    def on_scale(self) -> Scale | None:
        """The scale the grade is on: the declared one, or the one the index names.

        >>> Graded(IndexScore("IKM", 85), "B", scale="IKM_2017").on_scale.code
        'IKM_2017'
        """
        if self.scale is not None:
            return SCALES[self.scale]
        return self.implied_scale

    @property
    def stated_grade(self) -> Grade | None:
        """The grade as the scale defines it, or ``None`` when the scale is not known.

        >>> Graded(IndexScore("SAKIP", 60), "B").stated_grade.printed
        '>60-70'
        """
        scale = self.on_scale
        return None if scale is None else scale.find(self.grade)

    @property
    def magnitude(self) -> Decimal:
        """The score's number.

        >>> Graded(IndexScore("SAKIP", 60), "B").magnitude
        Decimal('60')
        """
        return self.score.magnitude

    @property
    def dimension(self) -> str:
        """What the score measures.

        >>> Graded(IndexScore("SAKIP", 60), "B").dimension
        'SAKIP'
        """
        return self.score.dimension


def _check_range(
    instance: Range, _: attrs.Attribute[Percentage | Count | IndexScore], __: object
) -> None:
    low, high = instance.low, instance.high
    for field, bound in (("low", low), ("high", high)):
        if not isinstance(bound, BOUND_TYPES):
            names = names_of(BOUND_TYPES)
            raise _wrong_type("Range", field, bound, f"{names.indonesian} / {names.english}")
    if type(low) is not type(high) or low.dimension != high.dimension:
        raise _fail(
            "Range",
            "high",
            high,
            f"harus sejenis dengan batas bawah {quote(low)}",
            f"must be of the same kind as the low end {quote(low)}",
        )
    if isinstance(low, Count) and isinstance(high, Count) and low.qualifier != high.qualifier:
        raise _fail(
            "Range",
            "high",
            high,
            "keterangan kedua batas harus sama",
            "both ends must have the same qualifier",
        )
    if low.magnitude > high.magnitude:
        raise _fail(
            "Range",
            "low",
            low,
            f"batas bawah lebih besar dari batas atas {quote(high)}",
            f"the low end is greater than the high end {quote(high)}",
        )


@final
@attrs.frozen
class Range:
    """Range target (*target rentang*): ``70-80%``, ``10-15 OPD``, ``IRB 70-75``.

    Attributes:
        low: The lower end (a `Percentage`, `Count` or `IndexScore`).
        high: The upper end, of the same kind and unit as *low*.

    >>> Range(Percentage(70), Percentage(80)).dimension
    '%'
    """

    low: Percentage | Count | IndexScore = attrs.field(validator=_check_range)
    high: Percentage | Count | IndexScore = attrs.field()

    @property
    def dimension(self) -> str:
        """What the range measures, as for its ends.

        >>> Range(Count(10, "OPD"), Count(15, "OPD")).dimension
        'opd'
        """
        return self.low.dimension


@final
@attrs.frozen
class CheckMark:
    """Check mark (*tanda centang*): ``√`` in a year column, "scheduled in this year".

    Plan tables of other regions tick the years in which an output is planned
    (*Tahun Pelaksanaan*) instead of writing a number: ``√ √ √``. A ticked year
    is due, and is judged by a `rbroadmap.Verdict` realisation: done
    (*terlaksana*) is 100%, not done 0%. The notation reads ``√``, ``✓``,
    ``✔`` and, where a year cell holds nothing else, ``v`` or ``V``. Use the
    `CHECK_MARK` constant.

    >>> CheckMark() == CHECK_MARK
    True
    """

    @property
    def dimension(self) -> str:
        """What a tick measures: always ``"check"``.

        >>> CHECK_MARK.dimension
        'check'
        """
        return "check"


CHECK_MARK: Final = CheckMark()
"""The one value for ``√``: scheduled in this year."""


def _check_qualitative(_: object, __: attrs.Attribute[str], text: str) -> None:
    _short_text(text, "Qualitative", "text")
    if not _HAS_LETTER.search(text):
        raise _fail(
            "Qualitative",
            "text",
            text,
            "nilai kualitatif harus memuat huruf",
            "a qualitative value must contain a letter",
        )
    if is_not_available(text):
        raise _fail(
            "Qualitative",
            "text",
            text,
            "'tidak tersedia' bukan nilai kualitatif; gunakan NOT_AVAILABLE",
            "'not available' is not a qualitative value; use NOT_AVAILABLE",
        )


@final
@attrs.frozen
class Qualitative:
    """Qualitative value (*nilai kualitatif*): ``WTP``, ``Tersedia``.

    A target met by a state rather than a number. Its text has no digits and
    no ``%`` (those are read as numbers), so that every qualitative value can
    be written and read back unchanged. ``NA`` and the other ways of writing
    *not available* are never a qualitative value: they are `NOT_AVAILABLE`.

    Attributes:
        text: The value as written.

    >>> Qualitative("WTP").text
    'WTP'
    """

    text: str = attrs.field(validator=_check_qualitative)

    @property
    def dimension(self) -> str:
        """What the value measures: always ``"text"``.

        >>> Qualitative("WTP").dimension
        'text'
        """
        return "text"


@final
@attrs.frozen
class NotAvailable:
    """Not available (*data tidak tersedia*), written ``NA``, ``N/A``, ``n.a.`` or ``t.a.d.``.

    Goal tables write ``NA`` where a baseline or a target is not known. It is
    its own value, never a qualitative target named "NA", and like ``-`` it is
    never due: nothing is expected and nothing is judged. Use the
    `NOT_AVAILABLE` constant.

    >>> NotAvailable() == NOT_AVAILABLE
    True
    """

    @property
    def dimension(self) -> None:
        """What is not known measures nothing: always ``None``.

        >>> NOT_AVAILABLE.dimension is None
        True
        """
        return None


NOT_AVAILABLE: Final = NotAvailable()
"""The one value for ``NA``: not available."""


@final
@attrs.frozen
class NoTarget:
    """No target that year (*tidak ada target*), written ``-``.

    Years marked this way are not due: nothing is expected and nothing is
    judged. Use the `NO_TARGET` constant.

    >>> NoTarget() == NO_TARGET
    True
    """

    @property
    def dimension(self) -> None:
        """A missing target measures nothing: always ``None``.

        >>> NO_TARGET.dimension is None
        True
        """
        return None


NO_TARGET: Final = NoTarget()
"""The one value for ``-``: no target that year."""


NumericValue: TypeAlias = Percentage | Count | Quantity | IndexScore | Level | Threshold | Graded
"""A value with a number (``magnitude``): a percentage, count, quantity, index score,
level, threshold or graded score (`NUMERIC_TYPES`)."""

TargetValue: TypeAlias = (
    Percentage
    | Count
    | Quantity
    | IndexScore
    | Level
    | Threshold
    | Graded
    | Range
    | CheckMark
    | Qualitative
    | NotAvailable
    | NoTarget
)
"""Any value a target cell can hold (`TARGET_TYPES`)."""

Measure: TypeAlias = tuple[str, str]
"""What a value measures: the sort of number and its unit (see `measure_of`)."""


def measure_of(value: object) -> Measure | None:
    """What *value* measures: ``("percentage", "%")``, ``("amount", "opd")``, ...

    Values that measure the same thing can be judged against one another: a
    count and a quantity in the same unit (``("amount", unit)``), a score of
    one index, a level; a threshold, a graded score and a range measure what
    their number measures. A value without a number measures nothing (``None``).

    >>> measure_of(Count(3, "Indeks")) == measure_of(Quantity(Decimal("3.27"), "indeks"))
    True
    >>> measure_of(Threshold(Comparison.MORE_THAN, IndexScore("IRB", 70)))
    ('index', 'IRB')
    """
    number = number_of(value)
    if isinstance(number, Percentage):
        return ("percentage", "%")
    if isinstance(number, Count | Quantity):
        return ("amount", number.dimension)
    if isinstance(number, IndexScore):
        return ("index", number.index)
    if isinstance(number, Level):
        return ("level", "level")
    return None


def number_of(value: object) -> Percentage | Count | Quantity | IndexScore | Level | None:
    """The plain number a cell writes (*angka*): the value itself, or the one it wraps.

    A threshold writes the number it compares with, a graded cell its score, a
    range its low end (both ends measure the same). A value without a number,
    such as a qualitative target, a check mark or no target, writes none
    (``None``).

    >>> number_of(Threshold(Comparison.MORE_THAN, IndexScore("IRB", 70)))
    IndexScore(index='IRB', value=Decimal('70'))
    >>> number_of(Graded(IndexScore("SAKIP", 57), "CC")), number_of(NO_TARGET)
    (IndexScore(index='SAKIP', value=Decimal('57')), None)
    """
    if isinstance(value, Threshold):
        return number_of(value.value)
    if isinstance(value, Graded):
        return number_of(value.score)
    if isinstance(value, Range):
        return number_of(value.low)
    if isinstance(value, Percentage | Count | Quantity | IndexScore | Level):
        return value
    return None


def unit_measure(unit: str) -> Measure:
    """What a bare number measures under the unit *unit* of a table's *Satuan* column.

    ``%``, ``persen``: a percentage; an index name in capitals (``IRB``,
    ``SAKIP``, ``IKM``): a score of that index; ``Level`` or ``Tingkat``: a
    level; any other unit phrase: an amount in that unit (a `Count` when the
    number is whole, a `Quantity` when it has a fraction).

    Raises:
        ModelError: If *unit* is not a unit: empty, with digits, money.

    >>> unit_measure("persen"), unit_measure("IRB"), unit_measure("Peraturan Daerah")
    (('percentage', '%'), ('index', 'IRB'), ('amount', 'peraturan daerah'))
    """
    if not isinstance(unit, str):
        raise _wrong_type("Target", "unit", unit, "teks / a str")
    folded = unit.casefold()
    if folded in _PERCENT_UNITS:
        return ("percentage", "%")
    if folded in _LEVEL_UNITS:
        return ("level", "level")
    if _INDEX_NAME.match(unit) and unit not in NOT_INDEXES:
        return ("index", unit)
    check_unit_phrase(unit, "Target")
    words = unit.split(" ")
    if not all(_NOTATION_WORD.match(word) and not is_connective(word) for word in words):
        raise _fail(
            "Target",
            "unit",
            unit,
            "satuan kolom ditulis dengan kata-kata tanpa kata penghubung, koma, kurung atau "
            "garis miring, agar bilangan di bawahnya terbaca dalam satuan itu",
            "a column's unit is words without connectives, commas, parentheses or slashes, so "
            "that the numbers under it read in that unit",
        )
    return ("amount", folded)


# -- the kinds of value, declared once


@final
@attrs.frozen(kw_only=True)
class ValueKind:
    """Kind of value (*jenis nilai*): one form a target or realised cell takes.

    Every kind is declared once, in `VALUE_KINDS`. The rest of rbroadmap reads
    the declarations: notation has a reader and a writer for each kind, the
    document format names each by its `code`, the strategies, the rules and
    the attainment calculator hold what each kind needs of them, and a test
    checks that each covers exactly the kinds declared here.

    Attributes:
        cls: The class of the kind's values.
        code: Its name in the structured form of the document format
            (``{"kind": "percentage", "value": "25"}``).
        name: What a value of the kind is, with an example, as messages say
            what was expected (``"a percentage such as '25%'"``).
        notation: How the kind is written, as notation errors list the forms
            (``"a percentage ('25%')"``).
        numeric: Whether its values have a number (``magnitude``) that is
            compared and computed with.
        target: Whether a target cell may hold it.
        realised: Whether a realised value may be of this kind.
        bound: Whether it may be an end of a `Range`.
        due: Whether a target cell of this kind asks for something: ``-`` and
            ``NA`` do not, and are never judged.
        not_realised: Why a realised value cannot be of this kind, for the
            message that refuses one; ``None`` for realisable kinds.

    >>> kind_of(Percentage(25)).code
    'percentage'
    """

    cls: type
    code: str
    name: Message
    notation: Message
    numeric: bool = False
    target: bool = True
    realised: bool = False
    bound: bool = False
    due: bool = True
    not_realised: Message | None = None


VALUE_KINDS: Final[tuple[ValueKind, ...]] = (
    ValueKind(
        cls=Percentage,
        code="percentage",
        name=Message("persentase seperti '25%'", "a percentage such as '25%'"),
        notation=Message("persentase ('25%')", "a percentage ('25%')"),
        numeric=True,
        realised=True,
        bound=True,
    ),
    ValueKind(
        cls=Count,
        code="count",
        name=Message(
            "jumlah dengan satuan seperti '39 OPD'", "a count with a unit such as '39 OPD'"
        ),
        notation=Message("jumlah dengan satuan ('39 OPD')", "a count with a unit ('39 OPD')"),
        numeric=True,
        realised=True,
        bound=True,
    ),
    ValueKind(
        cls=Quantity,
        code="quantity",
        name=Message(
            "besaran pecahan dengan satuan seperti '2,5 hari'",
            "a quantity with a fraction and a unit such as '2,5 hari'",
        ),
        notation=Message(
            "besaran dengan satuan ('2,5 hari')", "a quantity with a unit ('2,5 hari')"
        ),
        numeric=True,
        realised=True,
    ),
    ValueKind(
        cls=IndexScore,
        code="index",
        name=Message("nilai indeks seperti 'IRB 70'", "an index score such as 'IRB 70'"),
        notation=Message("nilai indeks ('IRB 70')", "an index score ('IRB 70')"),
        numeric=True,
        realised=True,
        bound=True,
    ),
    ValueKind(
        cls=Level,
        code="level",
        name=Message("level seperti 'Level 3'", "a level such as 'Level 3'"),
        notation=Message("level ('Level 3')", "a level ('Level 3')"),
        numeric=True,
        realised=True,
    ),
    ValueKind(
        cls=Threshold,
        code="threshold",
        name=Message("ambang batas seperti '≥ 80%'", "a threshold such as '≥ 80%'"),
        notation=Message(
            "ambang batas ('≥ 80%', 'minimal 80%')", "a threshold ('≥ 80%', 'minimal 80%')"
        ),
        numeric=True,
        not_realised=Message(
            "nilai realisasi adalah satu nilai, bukan perbandingan",
            "a realised value is one value, not a comparison",
        ),
    ),
    ValueKind(
        cls=Graded,
        code="graded",
        name=Message(
            "nilai dengan predikat seperti 'SAKIP 60/B'",
            "a score with its grade such as 'SAKIP 60/B'",
        ),
        notation=Message(
            "nilai dengan predikat ('SAKIP 60/B')", "a score with its grade ('SAKIP 60/B')"
        ),
        numeric=True,
        realised=True,
    ),
    ValueKind(
        cls=Range,
        code="range",
        name=Message("rentang seperti '70-80%'", "a range such as '70-80%'"),
        notation=Message("rentang ('70-80%')", "a range ('70-80%')"),
        not_realised=Message(
            "nilai realisasi adalah satu nilai, bukan rentang",
            "a realised value is one value, not a range",
        ),
    ),
    ValueKind(
        cls=CheckMark,
        code="check",
        name=Message("tanda centang '√'", "a check mark '√'"),
        notation=Message("tanda centang ('√')", "a check mark ('√')"),
        not_realised=Message(
            "tanda centang menandai tahun jadwal; laporkan 'terlaksana' atau 'tidak terlaksana'",
            "a check mark marks a year of a schedule; report 'terlaksana' (done) or "
            "'tidak terlaksana' (not done)",
        ),
    ),
    ValueKind(
        cls=Qualitative,
        code="qualitative",
        name=Message("nilai kualitatif seperti 'WTP'", "a qualitative value such as 'WTP'"),
        notation=Message("teks tanpa angka ('WTP')", "text without digits ('WTP')"),
        realised=True,
    ),
    ValueKind(
        cls=NotAvailable,
        code="not-available",
        name=Message("'NA' (data tidak tersedia)", "'NA' (not available)"),
        notation=Message("'NA' bila data tidak tersedia", "'NA' for not available"),
        due=False,
        not_realised=Message(
            "'NA' bukan nilai realisasi; biarkan periode itu tanpa laporan",
            "'NA' is not a realised value; leave the period unreported",
        ),
    ),
    ValueKind(
        cls=NoTarget,
        code="none",
        name=Message("'-' (tidak ada target)", "'-' (no target)"),
        notation=Message("'-' bila tidak ada target", "'-' for no target"),
        due=False,
        not_realised=Message(
            "'-' bukan nilai realisasi; biarkan periode itu tanpa laporan",
            "'-' is not a realised value; leave the period unreported",
        ),
    ),
)
"""Every kind of value, in the order of `TargetValue`."""

_BY_CLASS: Final = {kind.cls: kind for kind in VALUE_KINDS}

TARGET_TYPES: Final[tuple[type, ...]] = tuple(k.cls for k in VALUE_KINDS if k.target)
"""The classes a target cell may hold: the members of `TargetValue`."""

NUMERIC_TYPES: Final[tuple[type, ...]] = tuple(k.cls for k in VALUE_KINDS if k.numeric)
"""The classes of values with a number: the members of `NumericValue`."""

REALISED_TYPES: Final[tuple[type, ...]] = tuple(k.cls for k in VALUE_KINDS if k.realised)
"""The classes of values a realisation may hold (a qualitative target's verdict aside)."""

BOUND_TYPES: Final[tuple[type, ...]] = tuple(k.cls for k in VALUE_KINDS if k.bound)
"""The classes of values that may be an end of a `Range`."""


def is_numeric(value: object) -> TypeGuard[NumericValue]:
    """Whether *value* is of a numeric kind (`NUMERIC_TYPES`): it has a ``magnitude``.

    >>> is_numeric(Count(39, "OPD")), is_numeric(Qualitative("WTP"))
    (True, False)
    """
    return isinstance(value, NUMERIC_TYPES)


def is_target_value(value: object) -> TypeGuard[TargetValue]:
    """Whether *value* is of a kind a target cell may hold (`TARGET_TYPES`).

    >>> is_target_value(NO_TARGET), is_target_value("25%")
    (True, False)
    """
    return isinstance(value, TARGET_TYPES)


def is_due(value: object) -> bool:
    """Whether a target cell holding *value* asks for something (its kind's ``due``).

    ``-`` and ``NA`` do not: they are never judged.

    >>> is_due(Percentage(25)), is_due(NO_TARGET), is_due(NOT_AVAILABLE)
    (True, False, False)
    """
    kind = _BY_CLASS.get(type(value))
    return kind is not None and kind.due


def kind_of(value: object) -> ValueKind:
    """The kind of *value*.

    Raises:
        ModelTypeError: If *value* is of no declared kind (also a `TypeError`).

    >>> kind_of(NO_TARGET).code
    'none'
    """
    try:
        return _BY_CLASS[type(value)]
    except KeyError:
        raise _checks.wrong_argument(
            "kind_of",
            "value",
            value,
            Message("nilai dari jenis yang dikenal", "a value of a known kind"),
        ) from None


def names_of(types: tuple[type, ...]) -> Message:
    """The class names of *types* joined in each language: ``"Percentage, Count atau Level"``.

    >>> names_of(BOUND_TYPES).english
    'Percentage, Count or IndexScore'
    """
    return listed([Message(t.__name__, t.__name__) for t in types])
