"""Small HTML builders for notebook displays (private).

Jupyter shows an object's ``_repr_html_``; these helpers keep those displays
compact, escaped and free of any dependency: plain tables with inline styles,
and inline SVG bars.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from decimal import Decimal
from fractions import Fraction
from html import escape
from typing import Final

from rbroadmap._text import shorten

TABLE_STYLE: Final = "border-collapse:collapse;font-size:0.9em;margin:0.25em 0"
CELL_STYLE: Final = "padding:2px 8px;border-bottom:1px solid #ddd;vertical-align:top"
HEAD_STYLE: Final = CELL_STYLE + ";text-align:left;background:#f4f6f6"
NUMBER_STYLE: Final = CELL_STYLE + ";text-align:right;white-space:nowrap"


def text(value: object) -> str:
    """Escape any value for HTML text."""
    return escape(str(value), quote=True)


def cut(value: str, width: int) -> str:
    """Shorten *value* to *width* characters, keeping the whole text as a tooltip."""
    if len(value) <= width:
        return text(value)
    return f'<span title="{text(value)}">{text(shorten(value, width - 1))}</span>'


def table(
    headers: Sequence[str],
    rows: Iterable[Sequence[str]],
    *,
    numeric: frozenset[int] = frozenset(),
    caption: str | None = None,
    more: str | None = None,
) -> str:
    """An HTML table; cells are given already escaped, *numeric* columns align right.

    *more*, plain text, closes the table with a row across every column: what
    was left out (``"… and 12 more rows"``).
    """
    head = "".join(
        f'<th style="{HEAD_STYLE}{";text-align:right" if i in numeric else ""}">{text(h)}</th>'
        for i, h in enumerate(headers)
    )
    body = "".join(
        "<tr>"
        + "".join(
            f'<td style="{NUMBER_STYLE if i in numeric else CELL_STYLE}">{cell}</td>'
            for i, cell in enumerate(row)
        )
        + "</tr>"
        for row in rows
    )
    if more:
        body += (
            f'<tr><td colspan="{len(headers)}" style="{CELL_STYLE};color:#555;'
            f'font-style:italic">{text(more)}</td></tr>'
        )
    cap = f'<caption style="text-align:left;font-weight:bold">{text(caption)}</caption>'
    return (
        f'<table style="{TABLE_STYLE}">{cap if caption else ""}'
        f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
    )


def bar(percent: Decimal | None, *, colour: str = "#2a9d8f", width: int = 120) -> str:
    """An inline SVG bar for a percentage (capped at 150% for drawing)."""
    if percent is None:
        return ""
    shown = max(Decimal(0), min(percent, Decimal(150)))
    filled = int(Fraction(shown) * width / 150)  # exact, whatever the decimal context
    mark = int(100 * width / 150)
    return (
        f'<svg width="{width}" height="10" role="img" aria-label="{text(percent)}%">'
        f'<rect width="{width}" height="10" fill="#eee"/>'
        f'<rect width="{filled}" height="10" fill="{colour}"/>'
        f'<line x1="{mark}" x2="{mark}" y1="0" y2="10" stroke="#333" stroke-width="1"/>'
        "</svg>"
    )


def badge(label: str, colour: str, *, title: str | None = None) -> str:
    """A small coloured label (a severity, a band, an outlook), with an optional tooltip."""
    tip = f' title="{text(title)}"' if title else ""
    return (
        f'<span{tip} style="background:{colour};color:#fff;border-radius:3px;'
        f'padding:0 5px;white-space:nowrap">{text(label)}</span>'
    )


def more(left_out: int, noun: str) -> str | None:
    """The note for what a capped list left out (``"… and 3 more rows"``), or ``None``."""
    return f"… and {left_out} more {noun}" if left_out > 0 else None


def section(title: str, subtitle: str, body: str) -> str:
    """A titled block."""
    return (
        f'<div class="rbroadmap"><div style="font-weight:bold">{text(title)}</div>'
        f'<div style="color:#555;font-size:0.9em">{text(subtitle)}</div>{body}</div>'
    )
