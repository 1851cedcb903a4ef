"""The families of rules: one table, every rule of a family module in it, imports one way.

A rule defined in a family module but left out of its ``RULES`` would never run
nor be documented; a family that imported the module running it would make an
import cycle. These tests read the modules themselves, so that neither can
happen unnoticed.
"""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import pytest

import rbroadmap as rb
from rbroadmap.messages import Message
from rbroadmap.rules import CATALOGUE, FAMILIES, Family, Rule
from rbroadmap.rules.families import family_of

RULES_PACKAGE = Path(rb.__file__).parent / "rules"


def test_the_families_are_in_code_order_with_distinct_prefixes() -> None:
    prefixes = [family.prefix for family in FAMILIES]
    assert prefixes == sorted(prefixes)
    assert len(set(prefixes)) == len(prefixes)
    for family in FAMILIES:
        assert family.title.indonesian
        assert family.title.english


@pytest.mark.parametrize("family", FAMILIES, ids=lambda f: f.prefix)
def test_every_rule_of_a_family_module_is_in_its_rules(family: Family) -> None:
    module = importlib.import_module(family.module)
    defined = {name: value for name, value in vars(module).items() if isinstance(value, Rule)}
    assert defined, f"{family.module} defines no rule"
    assert family.rules == module.RULES
    for name, value in defined.items():
        assert value in family.rules, f"{family.module}.{name} is not in its RULES"
        assert value.code.startswith(family.prefix), f"{value.code} is not {family.prefix}xx"


def test_the_catalogue_is_the_rules_of_every_family() -> None:
    codes = [r.code for f in FAMILIES for r in f.rules]
    assert sorted(CATALOGUE.codes) == sorted(codes)
    assert len(CATALOGUE) == len(codes)
    for item in CATALOGUE:
        family = family_of(item.code)
        assert family is not None
        assert item in family.rules


def test_a_family_refuses_a_rule_of_another_prefix() -> None:
    with pytest.raises(ValueError, match="'RB401': this rule is not of the family RB3xx"):
        Family(
            prefix="RB3",
            title=Message("Anggaran", "Budgets"),
            module="x",
            rules=[CATALOGUE["RB401"]],
        )
    assert family_of("KOTA001") is None


def _module_name(path: Path) -> str:
    parts = path.relative_to(RULES_PACKAGE.parent.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {_module_name(p): p for p in RULES_PACKAGE.rglob("*.py")}


def _imports(path: Path) -> set[str]:
    """The modules of the rules package that the module at *path* imports when it runs."""
    found: set[str] = set()
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for branch in ast.walk(tree):  # imports for type checkers only do not run
        if isinstance(branch, ast.If) and ast.unparse(branch.test) == "TYPE_CHECKING":
            branch.body = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module is not None:
            for alias in node.names:  # from a package import a module, or a name
                module = f"{node.module}.{alias.name}"
                found.add(module if module in MODULES else node.module)
        elif isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
    return {name for name in found if name in MODULES}


def test_family_modules_import_only_the_kernel_of_the_rules() -> None:
    allowed = {"rbroadmap.rules.kernel", "rbroadmap.rules._text"}
    for path in sorted((RULES_PACKAGE / "families").glob("[!_]*.py")):
        assert _imports(path) <= allowed, path.name


def test_the_rules_package_imports_one_way() -> None:
    graph = {name: _imports(path) for name, path in MODULES.items()}
    assert "rbroadmap.rules.kernel" in graph
    done: set[str] = set()

    def visit(module: str, path: tuple[str, ...]) -> None:
        assert module not in path, " -> ".join((*path, module))
        if module in done:
            return
        for imported in graph.get(module, ()):
            visit(imported, (*path, module))
        done.add(module)

    for module in graph:
        visit(module, ())
    # the kernel knows nothing of what runs rules or shows their findings
    assert graph["rbroadmap.rules.kernel"] == {"rbroadmap.rules.context"}
