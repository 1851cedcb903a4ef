"""Strategies of notation (*notasi*): target cells and amounts as staff write them."""

from __future__ import annotations

from hypothesis import strategies as st

from rbroadmap.notation import format_rupiah, format_value
from rbroadmap.strategies import _options
from rbroadmap.strategies.values import rupiah_amounts, target_values
from rbroadmap.values import (
    IndexScore,
    Level,
    Percentage,
    Range,
    TargetValue,
)

# -- notation as staff write it


def notation_strings(
    *, values: st.SearchStrategy[TargetValue] | None = None
) -> st.SearchStrategy[str]:
    """Target cells written in Indonesian notation (*notasi*), as staff write them.

    Each string reads back with `rbroadmap.parse_value` to the value it was
    written from. Besides the canonical form (``"25%"``, ``"39 OPD"``,
    ``"IRB 70"``, ``"-"``) come the spellings found in road maps: a space
    before ``%`` (``"100 %"``), ``"Tingkat 3"`` for ``Level 3``, ranges written
    ``"70 - 80%"`` or ``"70 s.d. 80%"``, and spaces around the cell.

    Args:
        values: The strategy of the values to write; by default `target_values`.

    Raises:
        InvalidArgument: If *values* is not a strategy.
    """
    _options.strategy("notation_strings", "values", values)
    return st.builds(
        _spell,
        target_values() if values is None else values,
        st.integers(0, 5),
        st.sampled_from(("", " ", "  ")),
    )


def _spell(value: TargetValue, variant: int, padding: str) -> str:
    text = format_value(value)
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


def _range_text(value: Range, separator: str) -> str:
    canonical = format_value(value)
    if isinstance(value.low, IndexScore):
        index, numbers = canonical.split(" ", 1)
        low, high = numbers.split("-", 1)
        return f"{index} {low}{separator}{high}"
    low, high = canonical.split("-", 1)
    return f"{low}{separator}{high}"


def rupiah_strings(*, amounts: st.SearchStrategy[int] | None = None) -> st.SearchStrategy[str]:
    """Amounts of money in the notations budgets are written in (*notasi rupiah*).

    ``"150.000.000,-"``, ``"Rp150.000.000"``, ``"Rp 150.000.000,00"``,
    ``"Rp. 150.000.000,-"`` and plain digits; each reads back with
    `rbroadmap.parse_rupiah` to the amount it was written from.

    Args:
        amounts: The strategy of the amounts; by default `rupiah_amounts`.

    Raises:
        InvalidArgument: If *amounts* is not a strategy.
    """
    _options.strategy("rupiah_strings", "amounts", amounts)

    def write(amount: int, form: int) -> str:
        grouped = format_rupiah(amount)[2:]
        forms = (
            f"{grouped},-",
            f"Rp{grouped}",
            f"Rp {grouped},00",
            f"Rp. {grouped},-",
            str(amount),
            grouped,
        )
        return forms[form]

    return st.builds(write, rupiah_amounts() if amounts is None else amounts, st.integers(0, 5))
