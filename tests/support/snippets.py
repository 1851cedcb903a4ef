"""Run the code users copy, as they would run it, and check what it prints.

The README, the documentation pages, module docstrings and the notebook hold code
that users copy. The tests run all of it, the same way:

* `blocks` reads the ````` ```python ````` blocks of a Markdown text. When a block
  is followed directly by a ````` ```text ````` block, that text is what the code
  prints.
* `module` makes a fresh, real module (registered in ``sys.modules`` for the test's
  duration), so that classes the code defines resolve their annotations, as attrs
  and cattrs need.
* `run` runs one piece of code in a module, compiled as a reader types it (without
  the test's ``from __future__`` imports), and returns what it printed and, as
  Jupyter shows it, the value of its last expression. An error names the piece and
  shows its code.
* `check` runs a block and fails if it does not print what its text block says;
  `run_page` runs every block of a text in order in one module, so that a tutorial
  may build on its earlier blocks.

A page, run::

    page = module("docs_index", monkeypatch)
    run_page(path.read_text(encoding="utf-8"), source="docs/index.md", namespace=page)
"""

from __future__ import annotations

import ast
import contextlib
import dataclasses
import io
import re
import sys
import types

import pytest

__all__ = ["Block", "Ran", "blocks", "check", "module", "run", "run_page"]

BLOCK = re.compile(r"^```python\n(.*?)^```\n(?:\s*^```text\n(.*?)^```)?", re.S | re.M)
"""A python block at the start of a line, and the text block that may follow it."""


@dataclasses.dataclass(frozen=True)
class Block:
    """A block of Python in a text, and what it prints if the text says so."""

    code: str
    printed: str | None
    name: str  # where it is, for messages: "docs/index.md[2]"


@dataclasses.dataclass(frozen=True)
class Ran:
    """What running a piece of code gave."""

    printed: str
    value: object = None  # the value of its last expression, when asked for


def blocks(text: str, *, source: str) -> list[Block]:
    """The python blocks of a Markdown *text*, numbered from 1 after *source*."""
    return [
        Block(code=code, printed=printed or None, name=f"{source}[{number}]")
        for number, (code, printed) in enumerate(BLOCK.findall(text), start=1)
    ]


def module(name: str, monkeypatch: pytest.MonkeyPatch) -> types.ModuleType:
    """A fresh module called *name*, in ``sys.modules`` until the test ends."""
    fresh = types.ModuleType(re.sub(r"\W", "_", name))
    monkeypatch.setitem(sys.modules, fresh.__name__, fresh)
    return fresh


def run(code: str, namespace: types.ModuleType, *, name: str, display: bool = False) -> Ran:
    """Run *code* in *namespace* and return what it printed.

    With *display*, the value of a last expression is computed and returned, as a
    notebook shows it (``None`` if the code ends in a statement).
    """
    tree = ast.parse(code, filename=name)
    last = None
    if display and tree.body and isinstance(tree.body[-1], ast.Expr):
        last = ast.Expression(tree.body.pop().value)
    out = io.StringIO()
    try:
        with contextlib.redirect_stdout(out):
            # dont_inherit: compile the code as a reader types it, without this
            # module's "from __future__ import annotations"
            exec(compile(tree, name, "exec", dont_inherit=True), namespace.__dict__)
            value = (
                None
                if last is None
                else eval(compile(last, name, "eval", dont_inherit=True), namespace.__dict__)
            )
    except Exception as error:
        msg = f"{name}: {error!r}\n{code}"
        raise AssertionError(msg) from error
    return Ran(printed=out.getvalue(), value=value)


def check(block: Block, namespace: types.ModuleType) -> Ran:
    """Run *block* and fail unless it prints what the text after it says."""
    ran = run(block.code, namespace, name=block.name)
    if block.printed is not None:
        assert ran.printed == block.printed, f"{block.name} prints something else"
    return ran


def run_page(text: str, *, source: str, namespace: types.ModuleType) -> None:
    """Run every python block of *text* in order in *namespace*, checking what each prints."""
    for block in blocks(text, source=source):
        check(block, namespace)
