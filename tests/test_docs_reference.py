"""Every public name appears in the API reference.

The reference pages are built by mkdocstrings from ``::: module`` directives. This
test reads those directives (and their ``members:`` options) and checks that every
name in ``rbroadmap.__all__`` and in the ``__all__`` of each public module is rendered
on some page: its defining module is documented with all its members, or with a
member list that names it. mkdocstrings leaves out members without a docstring, so a
name also needs one: a class or function docstring, or the string literal that follows
a module-level assignment.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import re
import types
from functools import cache
from pathlib import Path

import pytest

import rbroadmap as rb
from support.inventory import PUBLIC_MODULES, public_names

ROOT = Path(__file__).resolve().parent.parent
REFERENCE = ROOT / "docs" / "reference"
DIRECTIVE = re.compile(r"^::: *([\w.]+)[ \t]*\n((?:[ \t]+.*\n|[ \t]*\n)*)", re.M)


def directives() -> dict[str, set[str] | None]:
    """Documented object -> the members shown (``None``: all; empty: none)."""
    found: dict[str, set[str] | None] = {}
    for page in sorted(REFERENCE.glob("*.md")):
        for target, options in DIRECTIVE.findall(page.read_text(encoding="utf-8")):
            members: set[str] | None = None
            listed = re.search(r"^[ \t]+members:[ \t]*(\S.*)?$((?:\n[ \t]+- .*)*)", options, re.M)
            if listed:
                inline, items = listed.group(1), listed.group(2)
                if inline is not None and inline.strip() == "false":
                    members = set()
                else:
                    members = set(re.findall(r"- +(\w+)", items))
            previous = found.get(target, set())
            if members is None or previous is None:
                found[target] = None
            else:
                found[target] = previous | members
    return found


DOCUMENTED = directives()


@cache
def module_tree(name: str) -> ast.Module:
    module = importlib.import_module(name)
    return ast.parse(inspect.getsource(module))


def defined_here(module: str, name: str) -> tuple[bool, bool]:
    """Whether *module* defines *name* at its top level, and whether with a docstring."""
    body = module_tree(module).body
    functions = [
        node
        for node in body
        if isinstance(node, ast.FunctionDef | ast.ClassDef) and node.name == name
    ]
    if functions:  # an overloaded function: the implementation carries the docstring
        return True, any(ast.get_docstring(node) is not None for node in functions)
    for i, node in enumerate(body):
        targets: list[ast.expr] = []
        if isinstance(node, ast.Assign):
            targets = node.targets
        elif isinstance(node, ast.AnnAssign):
            targets = [node.target]
        if any(isinstance(t, ast.Name) and t.id == name for t in targets):
            after = body[i + 1] if i + 1 < len(body) else None
            documented = (
                isinstance(after, ast.Expr)
                and isinstance(after.value, ast.Constant)
                and isinstance(after.value.value, str)
            )
            return True, documented
    return False, False


def chain(name: str, exported_by: str) -> list[str]:
    """The modules *name* passes through, from its exporter to the one that defines it."""
    module = exported_by
    passed = []
    for _ in range(5):
        passed.append(module)
        if defined_here(module, name)[0]:
            return passed
        source = next(
            (
                node.module
                # ast.walk: a lazily loading package imports its names for type
                # checkers only, inside "if TYPE_CHECKING:".
                for node in ast.walk(module_tree(module))
                if isinstance(node, ast.ImportFrom)
                and node.module
                and any((a.asname or a.name) == name for a in node.names)
            ),
            None,
        )
        if source is None:
            break
        module = source
    msg = f"cannot tell where {exported_by}.{name} is defined"
    raise AssertionError(msg)


def shown_by(module: str, name: str) -> bool:
    """Whether the page documenting *module* shows *name*, defined there or re-exported.

    mkdocstrings renders what a package re-exports in its ``__all__`` (the model's
    classes live in modules of their own, and the page shows them as the package's).
    """
    if module not in DOCUMENTED:
        return False
    members = DOCUMENTED[module]
    if members is not None:
        return name in members
    return name in getattr(importlib.import_module(module), "__all__", ())


def test_the_directives_are_read() -> None:
    assert {"RoadMap", "Target", "Yearly"} <= (DOCUMENTED["rbroadmap.model"] or set())
    assert DOCUMENTED["rbroadmap.attainment"] == set()
    assert "validate" in (DOCUMENTED["rbroadmap.rules.validation"] or set())


@pytest.mark.parametrize(("module", "name"), public_names(), ids=lambda x: x)
def test_public_name_is_on_a_reference_page(module: str, name: str) -> None:
    value = getattr(importlib.import_module(module), name)
    if isinstance(value, types.ModuleType):
        assert value.__name__ in DOCUMENTED, f"no reference page documents {value.__name__}"
        return
    passed = chain(name, module)
    where = passed[-1]
    if f"{where}.{name}" in DOCUMENTED:
        return
    pages = [m for m in passed if m in DOCUMENTED]
    assert pages, f"{module}.{name}: no reference page documents {' or '.join(passed)}"
    assert any(shown_by(m, name) for m in pages), f"{module}.{name}: {pages[-1]} leaves it out"
    _, has_docstring = defined_here(where, name)
    assert has_docstring, f"{where}.{name} has no docstring, so mkdocstrings leaves it out"


def test_every_public_module_is_covered() -> None:
    assert len(public_names()) > 150
    assert rb.__all__
    assert {"rbroadmap", "rbroadmap.rules", "rbroadmap.strategies"} <= set(PUBLIC_MODULES)
