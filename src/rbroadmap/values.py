"""Target values (*nilai target*): what one cell of a target schedule holds.

The yearly target cells of a road map are not all numbers. Kota Probolinggo's
action plan writes ``25%``, ``100 %``, ``39 OPD``, ``39 OPD Dan masyarakat``,
``10 Orang``, ``1 Unit``, ``IRB 70`` and ``-`` (no target that year). Each form
has its own type here, so that a percentage is never compared with a head
count by accident:

===================  ==========================  ============================
type                 Indonesian                  notation
===================  ==========================  ============================
`Percentage`         persentase                  ``25%``, ``79,30%``
`Count`              jumlah dengan satuan        ``39 OPD``, ``39 OPD Dan masyarakat``
`IndexScore`         nilai indeks                ``IRB 70``, ``IKM 79,30``
`Level`              level / tingkat             ``Level 3 (terdefinisi)``
`Range`              rentang                     ``70-80%``, ``IRB 70-75``
`Qualitative`        kualitatif                  ``WTP``, ``Tersedia``
`NoTarget`           tidak ada target            ``-``
===================  ==========================  ============================

Numbers are exact: `decimal.Decimal` for percentages and index scores, `int`
for counts and levels. Binary floats are refused, because ``0.1`` is not
exactly one tenth; pass ``Decimal("0.1")`` or parse ``"0,1%"`` instead.

Turning text into these values and back is the job of `rbroadmap.notation`.

Each kind is declared once, as a `ValueKind` in `VALUE_KINDS`: its class, its
name in documents and messages, and whether it is numeric, a target, a realised
value or an end of a range. Notation, the document format, the strategies, the
rules and the attainment calculator read these declarations, and a test checks
that each of them covers exactly the kinds declared.
"""

from __future__ import annotations

import operator
import re
from decimal import Decimal
from typing import Final, SupportsIndex, TypeAlias, TypeGuard, final

import attrs

from rbroadmap import _checks
from rbroadmap._exact import EXACT
from rbroadmap.errors import ModelTypeError, quote
from rbroadmap.messages import Message, listed

__all__ = [
    "BOUND_TYPES",
    "MAX_DECIMAL_PLACES",
    "MAX_INTEGER_DIGITS",
    "MAX_TEXT_LENGTH",
    "NO_TARGET",
    "NUMERIC_TYPES",
    "REALISED_TYPES",
    "TARGET_TYPES",
    "VALUE_KINDS",
    "Count",
    "IndexScore",
    "Level",
    "NoTarget",
    "NumericValue",
    "Percentage",
    "Qualitative",
    "Range",
    "TargetValue",
    "ValueKind",
    "is_numeric",
    "is_target_value",
    "kind_of",
    "names_of",
]

MAX_INTEGER_DIGITS: Final = 15
"""Numbers in a road map have at most this many digits before the decimal point."""

MAX_DECIMAL_PLACES: Final = 12
"""Numbers in a road map have at most this many digits after the decimal point."""

MAX_TEXT_LENGTH: Final = 200
"""The longest text a value is written in or holds, in characters: a qualitative
value, a unit, a qualifier or a label, and the notation of a whole value."""

UNIT_PATTERN: Final = r"[^\W\d_][^\s\d%]*"
"""A unit of count: one word starting with a letter, without digits or ``%``."""

NOT_INDEXES: Final = frozenset({"RP", "IDR"})
"""Capital abbreviations that are never the name of an index: they name money."""

_INDEX_NAME: Final = re.compile(r"[A-Z]{2,12}\Z", re.ASCII)
_UNIT: Final = re.compile(rf"{UNIT_PATTERN}\Z")
_HAS_DIGIT: Final = re.compile(r"\d")
_HAS_LETTER: Final = re.compile(r"[^\W\d_]")
_MONEY_UNITS: Final = frozenset({"rp", "rp.", "idr", "rupiah"})
_PERCENT_UNITS: Final = frozenset({"persen", "percent", "prosen"})


_fail = _checks.fail_named
_wrong_type = _checks.wrong_type_named


def exact_decimal(value: object, entity: str, field: str) -> Decimal:
    """Return *value* as a finite, bounded `Decimal`, or raise `ModelError`.

    Accepts `Decimal` and integers (including NumPy integers); refuses
    `bool` and binary `float`. Positive exponents are expanded
    (``Decimal("1E+2")`` becomes ``Decimal("100")``) and negative zero becomes
    zero, so that the canonical notation never shows an exponent.
    """
    if isinstance(value, Decimal):
        number = value
    elif isinstance(value, bool | float | str | bytes):
        if isinstance(value, float):
            raise ModelTypeError(
                Message(
                    f"{entity}.{field} = {value!r}: bilangan float biner tidak eksak; "
                    f"gunakan Decimal('{value!r}')",
                    f"{entity}.{field} = {value!r}: a binary float is not exact; "
                    f"use Decimal('{value!r}')",
                ),
                entity=entity,
                field=field,
                value=value,
            )
        raise _wrong_type(entity, field, value, "Decimal atau int / a Decimal or an int")
    elif isinstance(value, SupportsIndex):
        number = Decimal(operator.index(value))
    else:
        raise _wrong_type(entity, field, value, "Decimal atau int / a Decimal or an int")
    if not number.is_finite():
        raise _fail(entity, field, value, "harus bilangan berhingga", "must be a finite number")
    exponent = number.as_tuple().exponent
    assert isinstance(exponent, int)  # finite numbers have an int exponent
    if exponent < -MAX_DECIMAL_PLACES:
        raise _fail(
            entity,
            field,
            value,
            f"paling banyak {MAX_DECIMAL_PLACES} angka di belakang koma",
            f"at most {MAX_DECIMAL_PLACES} digits after the decimal point",
        )
    if not number.is_zero() and number.adjusted() >= MAX_INTEGER_DIGITS:
        raise _fail(
            entity,
            field,
            value,
            f"paling banyak {MAX_INTEGER_DIGITS} angka di depan koma",
            f"at most {MAX_INTEGER_DIGITS} digits before the decimal point",
        )
    if exponent > 0:
        number = number.quantize(Decimal(1), context=EXACT)
    if number.is_zero() and number.is_signed():
        number = number.copy_abs()
    return number


def whole_number(value: object, entity: str, field: str, *, low: int, high: int) -> int:
    """Return *value* as an `int` in ``[low, high]``, or raise `ModelError`."""
    if isinstance(value, bool) or not isinstance(value, SupportsIndex):
        raise _wrong_type(entity, field, value, "bilangan bulat / an int")
    number = operator.index(value)
    if number < low or number > high:
        raise _fail(
            entity,
            field,
            value,
            f"harus antara {low} dan {high}",
            f"must be between {low} and {high}",
        )
    return int(number)


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


def _percentage_value(value: Decimal | int) -> Decimal:
    return exact_decimal(value, "Percentage", "value")


def _index_value(value: Decimal | int) -> Decimal:
    return exact_decimal(value, "IndexScore", "value")


def _count_value(value: int) -> int:
    return whole_number(value, "Count", "value", low=0, high=10**MAX_INTEGER_DIGITS - 1)


def _level_value(value: int) -> int:
    return whole_number(value, "Level", "value", low=0, high=99)


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


@final
@attrs.frozen
class Count:
    """Count with a unit (*jumlah dengan satuan*): ``39 OPD``, ``10 Orang``.

    The seed also writes ``39 OPD Dan masyarakat``: the words after the unit
    are kept as the *qualifier*, exactly as written.

    Attributes:
        value: How many, a whole number of zero or more.
        unit: The unit as written (``"OPD"``, ``"Orang"``, ``"Unit"``): one word
            starting with a letter.
        qualifier: Any words written after the unit, or ``None``.

    >>> Count(39, "OPD", "Dan masyarakat").qualifier
    'Dan masyarakat'
    """

    value: int = attrs.field(converter=_count_value)
    unit: str = attrs.field()
    qualifier: str | None = attrs.field(default=None)

    @unit.validator
    def _check_unit(self, _: attrs.Attribute[str], unit: str) -> None:
        _short_text(unit, "Count", "unit")
        if not _UNIT.match(unit):
            raise _fail(
                "Count",
                "unit",
                unit,
                "satuan harus satu kata yang diawali huruf",
                "a unit must be one word starting with a letter",
            )
        if unit.casefold() in _MONEY_UNITS:
            raise _fail(
                "Count",
                "unit",
                unit,
                "uang bukan jumlah satuan; gunakan parse_rupiah",
                "money is not a count; use parse_rupiah",
            )
        if unit.casefold() in _PERCENT_UNITS:
            raise _fail(
                "Count",
                "unit",
                unit,
                "persentase bukan jumlah; gunakan Percentage",
                "a percentage is not a count; use Percentage",
            )

    @qualifier.validator
    def _check_qualifier(self, _: attrs.Attribute[str | None], qualifier: str | None) -> None:
        if qualifier is not None:
            _short_text(qualifier, "Count", "qualifier")

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


NumericValue: TypeAlias = Percentage | Count | IndexScore | Level
"""A value with a number: percentage, count, index score or level (`NUMERIC_TYPES`)."""


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


@final
@attrs.frozen
class Qualitative:
    """Qualitative value (*nilai kualitatif*): ``WTP``, ``Tersedia``.

    A target met by a state rather than a number. Its text has no digits and
    no ``%`` (those are read as numbers), so that every qualitative value can
    be written and read back unchanged.

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

TargetValue: TypeAlias = Percentage | Count | IndexScore | Level | Range | Qualitative | NoTarget
"""Any value a target cell can hold (`TARGET_TYPES`)."""


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
        cls=Range,
        code="range",
        name=Message("rentang seperti '70-80%'", "a range such as '70-80%'"),
        notation=Message("rentang ('70-80%')", "a range ('70-80%')"),
    ),
    ValueKind(
        cls=Qualitative,
        code="qualitative",
        name=Message("nilai kualitatif seperti 'WTP'", "a qualitative value such as 'WTP'"),
        notation=Message("teks tanpa angka ('WTP')", "text without digits ('WTP')"),
        realised=True,
    ),
    ValueKind(
        cls=NoTarget,
        code="none",
        name=Message("'-' (tidak ada target)", "'-' (no target)"),
        notation=Message("'-' bila tidak ada target", "'-' for no target"),
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
