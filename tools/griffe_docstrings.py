"""Show docstrings' reStructuredText habits as Markdown in the API reference.

rbroadmap's docstrings are read by two readers. ``doctest`` runs their examples, which
are doctest blocks: ``>>>`` lines and the output below them, ended by a blank line.
mkdocstrings renders them as Markdown, which reads a line that starts with ``>`` as a
quotation: each example became a quotation nested three deep, its input and output run
together on one line. A few module docstrings also hold tables in reStructuredText's
simple form (columns under runs of ``=``), which Markdown runs together into one
paragraph.

This griffe extension, listed under ``extensions`` in ``mkdocs.yml``, rewrites each
docstring before mkdocstrings renders it: every doctest block goes into a fenced
``pycon`` code block (highlighted, input and output on their own lines), and every
simple table becomes a Markdown table. The docstrings themselves are left as they are:
``doctest`` keeps reading them, and nothing in ``src/`` needs to know about the
documentation's Markdown.

Text already inside a fence is left alone, and so are doctest blocks inside a
Google-style ``Examples:`` section, which mkdocstrings renders as code itself.
"""

from __future__ import annotations

import re
from typing import Any

import griffe

__all__ = ["MarkdownDocstrings", "fence_doctests", "markdown_docstring", "markdown_tables"]

_PROMPT = re.compile(r"^(?P<indent>[ \t]*)>>>(?: |$)")
_FENCE = re.compile(r"^[ \t]*(?P<marker>`{3,}|~{3,})")
_EXAMPLES = re.compile(r"^(?P<indent>[ \t]*)Examples?:[ \t]*$")
_BORDER = re.compile(r"^(?P<indent>[ \t]*)=+(?: +=+)+[ \t]*$")
OPENING = "```pycon"
"""The line that opens a doctest block's fence (``pycon``: Pygments' Python console)."""
CLOSING = "```"
"""The line that closes it."""


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" \t"))


def fence_doctests(text: str) -> str:
    r"""Put each doctest block of a docstring's text into a fenced ``pycon`` block.

    A doctest block starts at a ``>>>`` line and runs, as in :mod:`doctest`, up to the
    first blank line or the first line indented less than its prompt (or a fence, which
    no example's output holds). The fence takes the block's indentation, and blank lines
    are added around it where Markdown needs them. Text outside doctest blocks is
    returned unchanged; running the function on its own result changes nothing.

    Args:
        text: The text of a docstring, as griffe holds it (dedented).

    Returns:
        The text with every doctest block outside a fence and outside an ``Examples:``
        section fenced.

    >>> fence_doctests("Parse a cell.\n>>> int('2')\n2").split("\n")
    ['Parse a cell.', '', '```pycon', ">>> int('2')", '2', '```']
    """
    lines = text.split("\n")
    out: list[str] = []
    fence: str | None = None  # the marker of the fenced block we are in
    examples: int | None = None  # the indentation of the Examples: heading we are under
    i = 0
    while i < len(lines):
        line = lines[i]
        if fence is not None:
            out.append(line)
            if line.strip().startswith(fence) and not line.strip().strip(fence[0]):
                fence = None
            i += 1
            continue
        if examples is not None and line.strip() and _indent(line) <= examples:
            examples = None
        opening = _FENCE.match(line)
        heading = _EXAMPLES.match(line)
        prompt = _PROMPT.match(line)
        if opening:
            fence = opening.group("marker")
        elif heading:
            examples = len(heading.group("indent"))
        elif prompt and examples is None:
            indent = prompt.group("indent")
            end = i + 1
            while (
                end < len(lines)
                and lines[end].strip()
                and _indent(lines[end]) >= len(indent)
                and not _FENCE.match(lines[end])
            ):
                end += 1
            if out and out[-1].strip():
                out.append("")
            out.extend([indent + OPENING, *lines[i:end], indent + CLOSING])
            if end < len(lines) and lines[end].strip():
                out.append("")
            i = end
            continue
        out.append(line)
        i += 1
    return "\n".join(out)


def _fenced(lines: list[str]) -> list[bool]:
    """For each line: whether it lies inside a fenced code block (or is its fence)."""
    inside: list[bool] = []
    fence: str | None = None
    for line in lines:
        if fence is None:
            opening = _FENCE.match(line)
            fence = opening.group("marker") if opening else None
            inside.append(fence is not None)
        else:
            inside.append(True)
            if line.strip().startswith(fence) and not line.strip().strip(fence[0]):
                fence = None
    return inside


def _table_rows(lines: list[str], border: str) -> list[list[str]]:
    """The rows of a simple table's lines, cut at the columns of its *border* line.

    A line whose first cell is empty continues the row above it, cell by cell.
    """
    starts = [m.start() for m in re.finditer(r"=+", border)]
    rows: list[list[str]] = []
    for line in lines:
        cells = [
            line[start : (starts[i + 1] if i + 1 < len(starts) else None)].strip()
            for i, start in enumerate(starts)
        ]
        if rows and not cells[0]:
            rows[-1] = [" ".join(filter(None, pair)) for pair in zip(rows[-1], cells, strict=True)]
        else:
            rows.append(cells)
    return rows


def markdown_tables(text: str) -> str:
    r"""Rewrite each reStructuredText simple table of a docstring as a Markdown table.

    A simple table is a border of ``=`` runs (one a column), a header row, the same
    border, the body rows and the border again; a body line whose first column is empty
    continues the row above. A table without a header (border, body, border) takes its
    first row as the header. Anything else, and anything inside a fence, is left alone.

    Args:
        text: The text of a docstring, as griffe holds it (dedented).

    Returns:
        The text with every simple table outside a fence written as a Markdown table.

    >>> border = "=====  ========="
    >>> table = [border, "kind   written", border, "range  70-80%,", "       IRB 70-75", border]
    >>> print(markdown_tables("\n".join(table)))
    | kind | written |
    | --- | --- |
    | range | 70-80%, IRB 70-75 |
    """
    lines = text.split("\n")
    fenced = _fenced(lines)
    borders = [i for i, line in enumerate(lines) if _BORDER.match(line) and not fenced[i]]
    out: list[str] = []
    i = 0
    while i < len(lines):
        table = _table_at(lines, i, borders)
        if table is None:
            out.append(lines[i])
            i += 1
            continue
        rows, end = table
        indent = lines[i][: _indent(lines[i])]
        if out and out[-1].strip():
            out.append("")
        for n, row in enumerate(rows):
            cells = [cell.replace("|", "\\|") for cell in row]
            out.append(f"{indent}| {' | '.join(cells)} |")
            if n == 0:
                out.append(f"{indent}|{' --- |' * len(row)}")
        if end < len(lines) and lines[end].strip():
            out.append("")
        i = end
    return "\n".join(out)


def _table_at(lines: list[str], i: int, borders: list[int]) -> tuple[list[list[str]], int] | None:
    """The rows of the simple table whose first border is line *i*, and the line after it."""
    if i not in borders:
        return None
    border = lines[i].rstrip()
    same = [b for b in borders if b > i and lines[b].rstrip() == border]

    def filled(first: int, last: int) -> bool:  # lines first..last-1: some, none blank
        return last > first and all(line.strip() for line in lines[first:last])

    if not same or not filled(i + 1, same[0]):
        return None
    header = _table_rows(lines[i + 1 : same[0]], border)
    if len(same) > 1 and len(header) == 1 and filled(same[0] + 1, same[1]):
        return header + _table_rows(lines[same[0] + 1 : same[1]], border), same[1] + 1
    return header, same[0] + 1


def markdown_docstring(text: str) -> str:
    """A docstring's text with its doctest blocks fenced and its simple tables in Markdown."""
    if ">>>" in text:
        text = fence_doctests(text)
    if "==" in text:
        text = markdown_tables(text)
    return text


class MarkdownDocstrings(griffe.Extension):
    """Rewrite every docstring griffe reads as :func:`markdown_docstring` says."""

    def on_instance(self, *, obj: griffe.Object, **kwargs: Any) -> None:
        """Rewrite the docstring of each object as griffe creates it."""
        if obj.docstring is not None:
            obj.docstring.value = markdown_docstring(obj.docstring.value)
