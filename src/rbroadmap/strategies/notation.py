"""Strategies of notation (*notasi*): target cells and amounts as staff write them."""

from __future__ import annotations

from decimal import Decimal
from typing import Final

from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from rbroadmap.notation import format_number, format_rupiah, format_value
from rbroadmap.strategies import _options
from rbroadmap.strategies.values import decimals, rupiah_amounts, target_values
from rbroadmap.values import (
    CheckMark,
    Comparison,
    Count,
    Graded,
    IndexScore,
    Level,
    NotAvailable,
    Percentage,
    Quantity,
    Range,
    TargetValue,
    Threshold,
)

# -- notation as staff write it


def notation_strings(
    *, values: st.SearchStrategy[TargetValue] | None = None
) -> st.SearchStrategy[str]:
    """Target cells written in Indonesian notation (*notasi*), as staff write them.

    Each string reads back with `rbroadmap.parse_value` to the value it was
    written from. Besides the canonical form (``"25%"``, ``"39 OPD"``,
    ``"IRB 70"``, ``"≥ 80%"``, ``"SAKIP 60/B"``, ``"√"``, ``"NA"``, ``"-"``)
    come the spellings found in road maps: a space before ``%`` (``"100 %"``),
    ``"Tingkat 3"`` for ``Level 3``, ranges written ``"70 - 80%"`` or ``"70
    s.d. 80%"``, comparisons in words or ASCII (``"minimal 80%"``, ``">=
    80%"``, ``"maks. 5 hari"``, ``"IRB >70"``), grades in parentheses
    (``"IRB 72 (BB)"``), ticks ``"✓"``, ``"✔"`` and ``"v"``, ``"N/A"`` and
    ``"n.a."``, a qualifier after a comma, runs of spaces inside a unit, and
    spaces around the cell.

    A score graded on a scale its index does not name (an IKM score declared
    on IKM 2017) has no notation of its own: the document format writes it in
    structured form, and it is left out here.

    Args:
        values: The strategy of the values to write; by default `target_values`.

    Raises:
        InvalidArgument: If *values* is not a strategy.
    """
    _options.strategy("notation_strings", "values", values)
    return st.builds(
        _spell,
        (target_values() if values is None else values).filter(_notation_holds),
        st.integers(0, 5),
        st.sampled_from(("", " ", "  ")),
    )


def _notation_holds(value: TargetValue) -> bool:
    """Whether notation can write *value*: a grade on a declared scale it cannot."""
    return not (isinstance(value, Graded) and value.scale is not None)


_WORDS: Final = {
    Comparison.AT_LEAST: ("minimal", "paling sedikit", "min."),
    Comparison.MORE_THAN: ("lebih dari", "di atas", "Lebih dari"),
    Comparison.AT_MOST: ("maksimal", "maks.", "paling lama"),
    Comparison.LESS_THAN: ("kurang dari", "di bawah", "Kurang dari"),
}
_ASCII: Final = {Comparison.AT_LEAST: ">=", Comparison.AT_MOST: "<="}
_TICKS: Final = ("√", "✓", "✔", "v", "V", "√")
_NOT_AVAILABLE: Final = ("NA", "N/A", "n.a.", "t.a.d.", "na", "N.A.")


def _spell(value: TargetValue, variant: int, padding: str) -> str:
    text = format_value(value)
    if isinstance(value, Threshold | Graded | CheckMark | NotAvailable | Count | Quantity):
        return padding + _spell_new(value, variant, text) + padding
    if isinstance(value, Percentage) and variant == 1:
        text = text[:-1] + " %"
    elif isinstance(value, Level) and variant == 1:
        text = "Tingkat" + text[len("Level") :]
    elif isinstance(value, Level) and variant == 2:
        text = text.lower() if value.label is None else "level" + text[len("Level") :]
    elif isinstance(value, Range) and variant in (1, 2):
        separator = " - " if variant == 1 else " s.d. "
        text = _range_text(value, separator)
    return padding + text + padding


def _spell_new(
    value: Threshold | Graded | CheckMark | NotAvailable | Count | Quantity, variant: int, text: str
) -> str:
    """The spellings of the kinds that came with comparisons, grades, ticks and NA."""
    if isinstance(value, CheckMark):
        return _TICKS[variant]
    if isinstance(value, NotAvailable):
        return _NOT_AVAILABLE[variant]
    if isinstance(value, Count | Quantity):
        if variant == 1 and " " in value.unit:
            return text.replace(value.unit, value.unit.replace(" ", "  "), 1)
        if variant == 2 and value.qualifier is not None and not text.count(", "):
            return text.replace(f" {value.qualifier}", f", {value.qualifier}", 1)
        return text
    if isinstance(value, Graded):
        score = (
            _spell_new(value.score, variant, format_value(value.score))
            if isinstance(value.score, Threshold)
            else format_value(value.score)
        )
        if variant in (1, 2):
            return f"{score} ({value.grade})"
        if variant == 3 and "/" in text:
            return f"{score} / {value.grade}"
        return text.replace(format_value(value.score), score, 1)
    bound = format_value(value.value)
    comparison = value.comparison
    if variant in (1, 2, 3):
        return f"{_WORDS[comparison][variant - 1]} {bound}"
    if variant == 4 and comparison in _ASCII:
        return f"{_ASCII[comparison]} {bound}"
    if variant == 5 and isinstance(value.value, IndexScore):
        return f"{value.value.index} {comparison.symbol}{format_number(value.value.value)}"
    return text.replace(" ", "", 1)  # ">70%", "≥80%"


def _range_text(value: Range, separator: str) -> str:
    canonical = format_value(value)
    if isinstance(value.low, IndexScore):
        index, numbers = canonical.split(" ", 1)
        low, high = numbers.split("-", 1)
        return f"{index} {low}{separator}{high}"
    low, high = canonical.split("-", 1)
    return f"{low}{separator}{high}"


_UNIT_COLUMNS: Final = (
    "%",
    "persen",
    "IRB",
    "SAKIP",
    "IKM",
    "Level",
    "Indeks",
    "Nilai",
    "Dokumen",
    "website",
    "Peraturan Daerah",
    "hari",
)


@st.composite
def _unit_column_cell(draw: st.DrawFn, units: tuple[str, ...]) -> tuple[str, str, TargetValue]:
    unit = draw(st.sampled_from(units))
    if not isinstance(unit, str):
        raise InvalidArgument(f"unit_column_cells(units=...): the strategy gave {unit!r}, not text")
    folded = unit.casefold()
    if folded in ("%", "persen"):
        value: Percentage | Count | Quantity | IndexScore | Level = Percentage(
            draw(decimals(max_value=100, places=2))
        )
        bare = format_number(value.value)
    elif unit.isupper():
        value = IndexScore(unit, draw(decimals(max_value=100, places=2)))
        bare = format_number(value.value)
    elif folded == "level":
        value = Level(draw(st.integers(0, 5)))
        bare = str(value.value)
    else:
        number = draw(decimals(max_value=1000, places=2))
        value = (
            Count(int(number), unit)
            if number == number.to_integral_value()
            else Quantity(number, unit)
        )
        bare = format_number(value.value)  # grouped, it would be ambiguous under a column
    form = draw(st.integers(0, 3))
    if form == 1:
        return f"≥ {bare}", unit, Threshold(Comparison.AT_LEAST, value)
    if form == 2 and not isinstance(value, Level):
        return f"maks. {bare}", unit, Threshold(Comparison.AT_MOST, value)
    return bare, unit, value


def unit_column_cells(
    *, units: st.SearchStrategy[str] | None = None
) -> st.SearchStrategy[tuple[str, str, TargetValue]]:
    """Cells of a table with a unit column (*Satuan*): ``(text, unit, value)`` triples.

    The text is a bare number, or a comparison of one (``"79"``, ``"3,27"``,
    ``"≥ 80"``, ``"maks. 5"``), as tables write them under their unit column;
    ``rbroadmap.parse_value(text, unit=unit)`` reads it to *value*: a
    percentage under ``%``, an index score under an index name (``IRB``), a
    level under ``Level``, a count (whole) or a quantity (with a fraction)
    under any other unit.

    Args:
        units: The strategy of the unit columns; by default units seen in
            goal tables (``%``, ``IRB``, ``Indeks``, ``Dokumen``, ``website``...).

    Raises:
        InvalidArgument: If *units* is not a strategy.
    """
    _options.strategy("unit_column_cells", "units", units)
    if units is None:
        return _unit_column_cell(_UNIT_COLUMNS)
    return units.flatmap(lambda unit: _unit_column_cell((unit,)))


def rupiah_strings(*, amounts: st.SearchStrategy[int] | None = None) -> st.SearchStrategy[str]:
    """Amounts of money in the notations budgets are written in (*notasi rupiah*).

    ``"150.000.000,-"``, ``"Rp150.000.000"``, ``"Rp 150.000.000,00"``,
    ``"Rp. 150.000.000,-"``, plain digits and, where the amount allows it
    exactly, short forms (``"Rp 150 juta"``, ``"150 jt"``, ``"Rp1,5 M"``,
    ``"1,5 miliar"``, ``"2 T"``); each reads back with `rbroadmap.parse_rupiah`
    to the amount it was written from.

    Args:
        amounts: The strategy of the amounts; by default `rupiah_amounts`.

    Raises:
        InvalidArgument: If *amounts* is not a strategy.
    """
    _options.strategy("rupiah_strings", "amounts", amounts)

    def write(amount: int, form: int, short: int) -> str:
        grouped = format_rupiah(amount)[2:]
        forms = (
            f"{grouped},-",
            f"Rp{grouped}",
            f"Rp {grouped},00",
            f"Rp. {grouped},-",
            str(amount),
            grouped,
        )
        if short and amount:
            word, power = _SHORT[short - 1]
            number = Decimal(amount).scaleb(-power)
            if len(format_number(number.normalize()).replace(".", "").replace(",", "")) <= 15:
                written = format_number(number.normalize() if number != 0 else number)
                return (f"Rp {written} {word}", f"{written} {word}", f"Rp{written} {word}")[
                    form % 3
                ]
        return forms[form]

    return st.builds(
        write,
        rupiah_amounts() if amounts is None else amounts,
        st.integers(0, 5),
        st.integers(0, len(_SHORT)),
    )


_SHORT: Final = (("juta", 6), ("jt", 6), ("M", 9), ("miliar", 9), ("milyar", 9), ("T", 12))
