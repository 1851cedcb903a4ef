"""Small HTML builders for notebook displays (private).

Jupyter shows an object's ``_repr_html_``; these helpers keep those displays
compact, escaped and free of any dependency: plain tables with inline styles,
and inline SVG bars.

**Any theme.** A notebook may be light or dark (JupyterLab's themes, VS Code's,
Colab's), and a display cannot know which. So no text colour is set: text
inherits the page's. Lines, header backgrounds and bar tracks are grey with
transparency, which reads on any background, or JupyterLab's own colours where
its CSS variables (``--jp-*``) are defined. Secondary text is the page's colour,
dimmed. Only badges and bars have colours of their own: saturated, under white
text, readable on light and dark pages alike.

**Long texts.** A message too long for its cell shows its point
(`rbroadmap._text.gist`) and unfolds to the whole text in a ``<details>``
element; a name too long shows its start and the whole name as a tooltip.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from decimal import Decimal
from fractions import Fraction
from html import escape
from typing import Final

from rbroadmap._text import gist, shorten
from rbroadmap.messages import Lang, Message

LINE: Final = "var(--jp-border-color2, rgba(128, 128, 128, 0.35))"
"""The colour of rules between rows."""
SHADE: Final = "var(--jp-layout-color2, rgba(128, 128, 128, 0.14))"
"""The background of table headers."""
TRACK: Final = "rgba(128, 128, 128, 0.28)"
"""The empty part of a bar."""
DIM: Final = "opacity:0.78"
"""Secondary text: the page's own colour, dimmed."""

TABLE_STYLE: Final = "border-collapse:collapse;font-size:0.9em;margin:0.25em 0;color:inherit"
_BASE: Final = f"padding:2px 8px;border-bottom:1px solid {LINE};vertical-align:top"
CELL_STYLE: Final = _BASE + ";text-align:left"
HEAD_STYLE: Final = CELL_STYLE + f";background:{SHADE};font-weight:bold"
NUMBER_STYLE: Final = _BASE + ";text-align:right;white-space:nowrap"


def text(value: object) -> str:
    """Escape any value for HTML text."""
    return escape(str(value), quote=True)


def cut(value: str, width: int) -> str:
    """Shorten *value* to *width* characters at a word, keeping the whole text as a tooltip."""
    if len(value) <= width:
        return text(value)
    return f'<span title="{text(value)}">{text(shorten(value, width - 1, at_word=True))}</span>'


def message(value: str, width: int, *, more: str | None = None, lead: str = "") -> str:
    """A message: whole if it fits in *width*, else its point, unfolding to the whole.

    *more*, plain text, is shown only unfolded (a suggestion under the message);
    *lead*, HTML, stands before the message, folded or not (the entity at fault).
    """
    short = gist(value, width)
    start = f"{lead} " if lead else ""
    if short == value and more is None:
        return f"<div>{start}{text(value)}</div>"
    extra = "" if more is None else f'<div style="{DIM}">{text(more)}</div>'
    whole = "" if short == value else f"<div>{text(value)}</div>"
    return (
        f"<details><summary>{start}{text(short)}</summary>"
        f'<div style="margin-left:1.2em">{whole}{extra}</div></details>'
    )


def dim(html: str, *, italic: bool = False) -> str:
    """Secondary text (already escaped), in the page's colour dimmed."""
    style = DIM + (";font-style:italic" if italic else "")
    return f'<span style="{style}">{html}</span>'


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
            f'<tr><td colspan="{len(headers)}" style="{CELL_STYLE};{DIM};'
            f'font-style:italic">{text(more)}</td></tr>'
        )
    cap = (
        '<caption style="text-align:left;font-weight:bold;caption-side:top;color:inherit">'
        f"{text(caption)}</caption>"
    )
    return (
        f'<table style="{TABLE_STYLE}">{cap if caption else ""}'
        f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
    )


def bar(percent: Decimal | None, *, label: str, colour: str = "#1e7b45", width: int = 120) -> str:
    """An inline SVG bar for a percentage (capped at 150% for drawing), a tick at 100%.

    *label*, the percentage as written in the display's language, is what a screen
    reader says.
    """
    if percent is None:
        return ""
    shown = max(Decimal(0), min(percent, Decimal(150)))
    filled = int(Fraction(shown) * width / 150)  # exact, whatever the decimal context
    mark = int(100 * width / 150)
    return (
        f'<svg width="{width}" height="10" role="img" aria-label="{text(label)}">'
        f'<rect width="{width}" height="10" fill="{TRACK}"/>'
        f'<rect width="{filled}" height="10" fill="{colour}"/>'
        f'<line x1="{mark}" x2="{mark}" y1="0" y2="10" stroke="currentColor" stroke-width="1"/>'
        "</svg>"
    )


def badge(label: str, colour: str, *, title: str | None = None) -> str:
    """A small coloured label (a severity, a band, an outlook), with an optional tooltip."""
    tip = f' title="{text(title)}"' if title else ""
    return (
        f'<span{tip} style="background:{colour};color:#fff;border-radius:3px;'
        f'padding:0 5px;white-space:nowrap">{text(label)}</span>'
    )


def more(left_out: int, noun: Message, lang: Lang, *, note: Message | None = None) -> str | None:
    """The note for what a capped list left out, in *lang*, or ``None`` if nothing was.

    >>> more(3, Message("baris", "rows"), "id"), more(3, Message("baris", "rows"), "en")
    ('… dan 3 baris lainnya', '… and 3 more rows')
    """
    if left_out <= 0:
        return None
    tail = "" if note is None else f" ({note.get(lang)})"
    if lang == "id":
        return f"… dan {left_out} {noun.indonesian} lainnya{tail}"
    return f"… and {left_out} more {noun.english}{tail}"


def section(title: str, subtitle: str, body: str) -> str:
    """A titled block, in the page's own colours."""
    return (
        f'<div class="rbroadmap" style="color:inherit"><div style="font-weight:bold">'
        f"{text(title)}</div>"
        f'<div style="{DIM};font-size:0.9em">{text(subtitle)}</div>{body}</div>'
    )
