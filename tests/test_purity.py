"""The library does no I/O: nothing in src/ reads files, the network, the
environment or the clock, and nothing prints. Checked by reading the source."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parent.parent / "src" / "rbroadmap"
MODULES = sorted(SRC.rglob("*.py"))

FORBIDDEN_IMPORTS = {
    "os",
    "sys",
    "io",
    "pathlib",
    "shutil",
    "tempfile",
    "glob",
    "socket",
    "ssl",
    "http",
    "urllib",
    "requests",
    "subprocess",
    "time",
    "random",
    "secrets",
    "logging",
    "sqlite3",
    "asyncio",
    "threading",
    "multiprocessing",
    "builtins",
    "locale",
    "platform",
    "getpass",
    "zoneinfo",
    "uuid",
}
FORBIDDEN_CALLS = {"open", "print", "input", "breakpoint", "exec", "eval", "compile", "__import__"}
# datetime and pendulum may be imported for their types; reaching the clock through
# them is what is forbidden.
FORBIDDEN_ATTRIBUTES = {
    # the clock and the system time zone, whichever way they are reached
    "now",
    "today",
    "utcnow",
    "local_timezone",
    "localtime",
    "time_ns",
    "perf_counter",
    "monotonic",
    "environ",
    "getenv",
    "read_text",
    "write_text",
    "urlopen",
}


def test_there_is_source_to_check() -> None:
    assert len(MODULES) >= 5


@pytest.mark.parametrize("path", MODULES, ids=lambda p: p.name)
def test_module_does_no_io(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [a.name for a in node.names if a.name.split(".")[0] in FORBIDDEN_IMPORTS]
        elif isinstance(node, ast.ImportFrom) and node.module:
            if node.module.split(".")[0] in FORBIDDEN_IMPORTS:
                found.append(node.module)
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
            if node.func.id in FORBIDDEN_CALLS:
                found.append(f"{node.func.id}()")
        elif isinstance(node, ast.Attribute) and node.attr in FORBIDDEN_ATTRIBUTES:
            found.append(f".{node.attr}")
    assert not found, f"{path.name} does I/O or reads the clock: {found}"
