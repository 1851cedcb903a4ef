"""Render the doctest examples of docstrings as Python console code in the API reference.

rbroadmap's docstrings show their examples as doctest blocks: ``>>>`` lines and the
output below them, ended by a blank line, as the standard library's ``doctest`` reads
them (and as the test suite runs them). Markdown reads a line that starts with ``>`` as
a quotation, so in the reference each example turned into a quotation nested three deep,
its input and output run together on one line.

This griffe extension, listed under ``extensions`` in ``mkdocs.yml``, puts every
doctest block of a docstring into a fenced ``pycon`` code block before mkdocstrings
renders it, so that each example is highlighted code with its input and output on their
own lines. The docstrings themselves are left as they are: ``doctest`` keeps reading
them, and nothing in ``src/`` needs to know about the documentation's Markdown.

Blocks already inside a fence, and blocks inside a Google-style ``Examples:`` section
(which mkdocstrings renders as code itself), are left alone.
"""

from __future__ import annotations

import re
from typing import Any

import griffe

__all__ = ["DoctestFences", "fence_doctests"]

_PROMPT = re.compile(r"^(?P<indent>[ \t]*)>>>(?: |$)")
_FENCE = re.compile(r"^[ \t]*(?P<marker>`{3,}|~{3,})")
_EXAMPLES = re.compile(r"^(?P<indent>[ \t]*)Examples?:[ \t]*$")
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


class DoctestFences(griffe.Extension):
    """Fence the doctest blocks of every docstring griffe reads (see the module)."""

    def on_instance(self, *, obj: griffe.Object, **kwargs: Any) -> None:
        """Rewrite the docstring of each object as griffe creates it."""
        if obj.docstring is not None and ">>>" in obj.docstring.value:
            obj.docstring.value = fence_doctests(obj.docstring.value)
