"""The library does no I/O: nothing in src/ reads files, the network, the
environment or the clock, and nothing prints. Checked by reading the source.

Two nets: a list of what is forbidden (modules, calls, attributes, also when
named in a string to `getattr`), and a list of the only modules src/ may import
at all, each of them pure, so that a new import (`ctypes`, `inspect`, ...)
must be looked at before it is allowed. `importlib` was looked at and allowed
for one use only: `import_module` of modules already named by rbroadmap (its own
modules, loaded on first use, and the module of a rule being unpickled, as
pickle itself would import it); `test_importlib_only_imports_known_modules`
keeps it so. tests/test_guarantees.py checks the
same while the library runs, with the clock and the environment poisoned."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parent.parent / "src" / "rbroadmap"
MODULES = sorted(SRC.rglob("*.py"))

FORBIDDEN_IMPORTS = {
    "ctypes",
    "signal",
    "select",
    "selectors",
    "mmap",
    "inspect",  # reads source files
    "linecache",
    "tokenize",
    "pkgutil",
    "site",
    "sysconfig",
    "argparse",
    "getopt",
    "warnings",  # writes to stderr
    "atexit",
    "faulthandler",
    "webbrowser",
    "smtplib",
    "ftplib",
    "xmlrpc",
    "zipfile",
    "tarfile",
    "gzip",
    "bz2",
    "lzma",
    "shelve",
    "dbm",
    "concurrent",
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
# Names never used at all, called or not (`write = print` would escape the call check).
FORBIDDEN_NAMES = {*FORBIDDEN_CALLS, "__builtins__", "help", "exit", "quit"}
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
    "gmtime",
    "mktime",
    "ctime",
    "process_time",
    "thread_time",
    "clock_gettime",
    "fromtimestamp",
    "utcfromtimestamp",
    "astimezone",  # without a zone, it reads the system's
    "local",  # pendulum.local: the system time zone
    "sleep",
    # the environment and the process
    "environ",
    "getenv",
    "putenv",
    "argv",
    "getpid",
    "system",
    "popen",
    "urandom",
    "stdout",
    "stderr",
    "stdin",
    # files and the network
    "read_text",
    "write_text",
    "read_bytes",
    "write_bytes",
    "load",  # json.load and friends read from files
    "dump",
    "urlopen",
}

# Every module src/ imports, and why it is pure. A new import fails the test until
# it is added here, after a look at what it can reach.
ALLOWED_IMPORTS = {
    "__future__": "annotations only",
    "attrs": "classes",
    "cattrs": "conversion of plain data",
    "bisect": "binary search",
    "calendar": "month lengths and leap years (no clock)",
    "collections": "containers",
    "contextlib": "the context manager of bulk work",
    "datetime": "date types (the clock is refused by attribute)",
    "decimal": "exact numbers",
    "difflib": "close matches for suggestions",
    "enum": "enumerations",
    "fractions": "exact fractions",
    "gc": "the collector's thresholds, set and put back by rbroadmap.bulk",
    "functools": "caches",
    "hashlib": "fingerprints of findings and MinHash, the same on every run",
    "html": "escaping for notebook displays",
    "importlib": "loading rbroadmap's own modules on first use (import_module of rbroadmap.*)",
    "hypothesis": "rbroadmap.strategies only, for property tests",
    "itertools": "iteration",
    "json": "JSON text from and to strings (loads and dumps only)",
    "math": "arithmetic",
    "operator": "operator.index",
    "pendulum": "date types (the clock is refused by attribute)",
    "re": "patterns",
    "textwrap": "wrapping text reports to a width",
    "types": "type objects and read-only mappings",
    "typing": "annotations",
    "unicodedata": "character names in notation errors",
}


def test_there_is_source_to_check() -> None:
    assert len(MODULES) >= 5


def _imported(tree: ast.AST) -> set[str]:
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found |= {a.name.split(".")[0] for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            found.add(node.module.split(".")[0])
    return found - {"rbroadmap"}


@pytest.mark.parametrize("path", MODULES, ids=lambda p: p.name)
def test_module_imports_only_pure_modules(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    assert _imported(tree) <= set(ALLOWED_IMPORTS), path.name
    if "strategies" not in path.relative_to(SRC).parts:
        assert "hypothesis" not in _imported(tree), path.name


def test_the_allowed_imports_are_all_used() -> None:
    used = set().union(*(_imported(ast.parse(p.read_text(encoding="utf-8"))) for p in MODULES))
    assert set(ALLOWED_IMPORTS) == used


@pytest.mark.parametrize("path", MODULES, ids=lambda p: p.name)
def test_module_does_no_io(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Name) and node.id in FORBIDDEN_NAMES:
            found.append(node.id)
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id in {"getattr", "setattr", "hasattr", "delattr"}
            and len(node.args) >= 2
            and isinstance(node.args[1], ast.Constant)
            and node.args[1].value in FORBIDDEN_ATTRIBUTES | FORBIDDEN_NAMES
        ):
            found.append(f"getattr(..., {node.args[1].value!r})")
        if isinstance(node, ast.Import):
            found += [a.name for a in node.names if a.name.split(".")[0] in FORBIDDEN_IMPORTS]
        elif isinstance(node, ast.ImportFrom) and node.module:
            if node.module.split(".")[0] in FORBIDDEN_IMPORTS:
                found.append(node.module)
        elif isinstance(node, ast.Attribute) and node.attr in FORBIDDEN_ATTRIBUTES:
            found.append(f".{node.attr}")
    assert not found, f"{path.name} does I/O or reads the clock: {found}"


def test_importlib_only_imports_known_modules() -> None:
    """import_module is called only with rbroadmap's own module names or a module name
    taken from an object that already exists (a rule's check, when unpickling)."""
    allowed_arguments = {"module", "self._name", "f'rbroadmap.{name}'"}
    for path in MODULES:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "import_module"
            ):
                argument = ast.unparse(node.args[0])
                assert argument in allowed_arguments, f"{path.name}: import_module({argument})"
