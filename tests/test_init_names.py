"""The name lists of `rbroadmap/__init__.py` agree: what is imported when the package
loads, what is imported for type checkers only, what `_LAZY_MODULES` loads on first use
and `__all__` name the same names, each from the same module. Type checkers read only
import statements and a literal `__all__`, so the lists stay written out; this test is
what keeps them one."""

from __future__ import annotations

import ast
import importlib
import subprocess
import sys
from pathlib import Path

import rbroadmap as rb

INIT = Path(rb.__file__)
TREE = ast.parse(INIT.read_text(encoding="utf-8"))


def imported(nodes: list[ast.stmt]) -> dict[str, str]:
    """Name -> module, for every ``from rbroadmap... import`` among *nodes*."""
    found: dict[str, str] = {}
    for node in nodes:
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("rbroadmap"):
            for alias in node.names:
                found[alias.asname or alias.name] = node.module
    return found


def eager() -> dict[str, str]:
    return imported(TREE.body)


def for_type_checkers() -> dict[str, str]:
    (block,) = [
        node
        for node in TREE.body
        if isinstance(node, ast.If)
        and isinstance(node.test, ast.Name)
        and node.test.id == "TYPE_CHECKING"
    ]
    return imported(block.body)


def test_every_public_name_is_imported_once_eagerly_or_lazily() -> None:
    now, later = eager(), for_type_checkers()
    assert not set(now) & set(later)
    assert set(rb.__all__) == set(now) | set(later)
    assert len(rb.__all__) == len(set(rb.__all__))


def test_the_lazy_table_loads_what_type_checkers_are_told() -> None:
    later = for_type_checkers()
    modules = {name: module for name, module in later.items() if module != "rbroadmap"}
    table = {name: module for module, names in rb._LAZY_MODULES.items() for name in names}
    assert table == modules
    assert set(rb._SUBMODULES) == {n for n, m in later.items() if m == "rbroadmap"}
    assert set(rb._LAZY) == set(later)


def test_every_name_resolves_to_the_object_of_its_module() -> None:
    for name, module in {**eager(), **for_type_checkers()}.items():
        value = getattr(rb, name)
        if module == "rbroadmap":
            assert value is importlib.import_module(f"rbroadmap.{name}")
        else:
            assert value is getattr(importlib.import_module(module), name)
    assert set(rb.__all__) <= set(dir(rb))


def test_lazy_names_are_not_loaded_by_the_import_of_the_package() -> None:
    code = (
        "import sys, rbroadmap as rb\n"
        "print(sorted(n for n in rb._LAZY_MODULES if n in sys.modules))\n"
        "print('cattrs' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.split("\n")
    assert out[0] == "[]"
    assert out[1] == "False"
