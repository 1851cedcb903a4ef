"""Plain-text tables (private): columns that line up and wrap within a width.

The text reports (`rbroadmap.AttainmentReport.to_text`,
`rbroadmap.BudgetSummary.to_text`) lay out their tables here: every column as
wide as its widest cell, numbers aligned right, columns two spaces apart, no
space at the end of a line. Given a width, the one flexible column (a name, a
label) gives way first and its cells wrap at a space inside it, then the other
columns of words: no line is wider and no column runs into the next.
"""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from typing import Final

__all__ = ["GAP", "min_width", "table", "wrap"]

GAP: Final = 2
"""Spaces between two columns."""


def wrap(text: str, width: int, *, indent: str = "", hanging: str = "") -> list[str]:
    """*text* in lines of at most *width* characters, the first indented by *indent*.

    Lines break at spaces, or inside a word longer than a line; the lines after
    the first are indented by *hanging*.

    >>> wrap("Penataan dan Penguatan Organisasi", 14)
    ['Penataan dan', 'Penguatan', 'Organisasi']
    >>> wrap("", 10)
    ['']
    """
    lines = textwrap.wrap(
        text,
        width,
        initial_indent=indent,
        subsequent_indent=hanging,
        break_on_hyphens=False,
    )
    return lines or [indent.rstrip()]


def table(
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    *,
    right: frozenset[int] = frozenset(),
    flexible: int = 0,
    width: int | None = None,
    indent: int = 0,
) -> list[str]:
    """Lay out *rows* under *headers* as lines of text.

    Every column is as wide as its widest cell. Given a *width*, the columns
    that do not fit give way: first the flexible one, down to its longest word,
    then the other columns of words (not those aligned right, which hold
    numbers), widest first, each down to its longest word; only then are long
    words broken, in the flexible column first. A table that still does not fit
    is wider than *width*: `min_width` says how narrow a table can be.

    Args:
        headers: The column headers (an empty header is an empty line-top).
        rows: The cells, as text, row by row.
        right: The columns aligned right (numbers).
        flexible: The column that gives way first.
        width: The longest line, or ``None`` for no limit.
        indent: Spaces before every line.

    >>> for line in table(["area", "capaian"], [["Tatalaksana", "91,46%"]], right=frozenset({1})):
    ...     print(line)
    area         capaian
    Tatalaksana   91,46%
    """
    count = len(headers)
    columns = [[headers[i], *(row[i] for row in rows)] for i in range(count)]
    widths = [max(len(cell) for cell in column) for column in columns]
    if width is not None and count:
        widths = _fit(columns, widths, right, flexible, width - indent - GAP * (count - 1))
    lines = []
    for cells, is_header in [(headers, True), *((row, False) for row in rows)]:
        parts = [
            [cell] if len(cell) <= widths[i] else wrap(cell, widths[i])
            for i, cell in enumerate(cells)
        ]
        height = max((len(p) for p in parts), default=1)
        for n in range(height):
            pieces = []
            for i, part in enumerate(parts):
                piece = part[n] if n < len(part) else ""
                pieces.append(piece.rjust(widths[i]) if i in right else piece.ljust(widths[i]))
            line = (" " * indent + (" " * GAP).join(pieces)).rstrip()
            if line or not is_header:
                lines.append(line)
    return lines


def min_width(
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    *,
    right: frozenset[int] = frozenset(),
    indent: int = 0,
) -> int:
    """The narrowest *width* at which `table` lays out *rows* without breaking a word.

    >>> min_width(["area", "capaian"], [["Penataan dan Penguatan Organisasi", "92,28%"]],
    ...           right=frozenset({1}))
    19
    """
    count = len(headers)
    columns = [[headers[i], *(row[i] for row in rows)] for i in range(count)]
    mins = [
        _longest(column) if i not in right else _widest(column) for i, column in enumerate(columns)
    ]
    return indent + sum(mins) + GAP * max(count - 1, 0)


def _widest(column: Sequence[str]) -> int:
    return max((len(cell) for cell in column), default=0)


def _longest(column: Sequence[str]) -> int:
    """The longest word of any cell of *column* (at least 1)."""
    return max([1, *(len(word) for cell in column for word in cell.split())])


_SHORTEST_BROKEN: Final = 8
"""A column whose long words are broken is not made narrower than this."""


def _fit(
    columns: Sequence[Sequence[str]],
    widths: list[int],
    right: frozenset[int],
    flexible: int,
    room: int,
) -> list[int]:
    """The widths of the columns, made to fit *room* as `table` says."""
    widths = list(widths)
    others = [i for i in range(len(widths)) if i not in right and i != flexible]
    order = [flexible, *sorted(others, key=lambda i: -widths[i])]
    for i in order:
        excess = sum(widths) - room
        if excess <= 0:
            return widths
        widths[i] = max(min(widths[i], _longest(columns[i])), widths[i] - excess)
    for i in order:
        excess = sum(widths) - room
        if excess <= 0:
            break
        widths[i] = max(min(widths[i], _SHORTEST_BROKEN), widths[i] - excess)
    return widths
