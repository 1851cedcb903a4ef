"""The library's structure is one-way: values -> notation -> model -> rules | attainment
-> serialisation. Each module imports only from the layers below its own (or from its
own package), read from the source, imports made on first use included; the rules and
the attainment calculator, side by side, never import each other."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parent.parent / "src" / "rbroadmap"

LAYERS: list[set[str]] = [
    {"_text", "_layout", "collector"},
    {"messages", "_exact"},
    {"_html"},
    {"errors"},
    {"_checks"},
    {"scales"},
    {"values"},
    {"notation", "units"},
    {"schedule", "areasets"},
    {"model"},
    {"_keys", "_budget_display"},
    {"rules", "attainment", "budget", "revisions", "samples", "tables"},
    {"converters"},
    {"serialisation"},
    {"strategies"},
    {""},  # the package itself, which re-exports
]
LAYER = {name: i for i, names in enumerate(LAYERS) for name in names}


def part(module: str) -> str:
    """The part of rbroadmap a module belongs to: ``model`` for ``rbroadmap.model.area``."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else ""


def module_of(path: Path) -> str:
    parts = path.relative_to(SRC.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports(path: Path) -> set[str]:
    """Every rbroadmap module *path* imports, at the top or on first use."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            if node.module == "rbroadmap":
                found |= {f"rbroadmap.{alias.name}" for alias in node.names}
            elif node.module.startswith("rbroadmap."):
                found.add(node.module)
        elif isinstance(node, ast.Import):
            found |= {a.name for a in node.names if a.name.startswith("rbroadmap.")}
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "LazyModule"
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and str(node.args[0].value).startswith("rbroadmap.")
        ):
            found.add(str(node.args[0].value))
    return found


MODULES = sorted(SRC.rglob("*.py"))


def test_every_part_of_the_library_has_a_layer() -> None:
    parts = {part(module_of(path)) for path in MODULES}
    assert parts == set(LAYER)


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(SRC)))
def test_a_module_imports_only_from_below_its_layer(path: Path) -> None:
    own = part(module_of(path))
    for imported in imports(path):
        other = part(imported)
        if other == own:
            continue
        assert LAYER[other] < LAYER[own], f"{module_of(path)} imports {imported}"
