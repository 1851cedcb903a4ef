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
    return f'<span title="{text(value)}">{text(value[: width - 1])}…</span>'


def table(
    headers: Sequence[str],
    rows: Iterable[Sequence[str]],
    *,
    numeric: frozenset[int] = frozenset(),
    caption: str | None = None,
) -> str:
    """An HTML table; cells are given already escaped, *numeric* columns align right."""
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


def section(title: str, subtitle: str, body: str) -> str:
    """A titled block."""
    return (
        f'<div class="rbroadmap"><div style="font-weight:bold">{text(title)}</div>'
        f'<div style="color:#555;font-size:0.9em">{text(subtitle)}</div>{body}</div>'
    )
