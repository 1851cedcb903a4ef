"""Check what the wheel and the sdist that ``python -m build`` wrote hold.

    python -m build --outdir DIST && python tools/check_dist.py DIST

* The **wheel** holds the package and its metadata only: every module and data file of
  ``src/rbroadmap`` (``py.typed`` included), and nothing else: no tests, no docs, no
  compiled files.
* The **sdist** holds every file that ``[tool.hatch.build.targets.sdist]`` in
  ``pyproject.toml`` includes (the package, the tests, the docs, the examples, the
  tools and the benchmarks: what building the wheel, running the test suite, building
  the documentation and running the examples need), and nothing else: no virtual
  environment, no built site, no caches. ``.ci/run`` then builds the docs and runs the
  tests from the unpacked sdist, which proves the list complete.

Compares with the files of the working tree it is run from, leaving out what is never
shipped (``__pycache__``, compiled files, folders whose name starts with a dot).
``.ci/run`` runs it on what it builds.
"""

from __future__ import annotations

import sys
import tarfile
import tomllib
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "rbroadmap"
BUILT = frozenset({"pyproject.toml", "PKG-INFO"})
"""Files every sdist holds, whatever it includes (``PKG-INFO`` is written by the build)."""
OPTIONAL = frozenset({".gitignore"})
"""Top-level files the build backend may add (hatchling copies ``.gitignore``)."""


def shipped(path: Path) -> bool:
    """Whether a file of the working tree belongs in a distribution at all."""
    parts = path.relative_to(ROOT).parts
    return not (
        "__pycache__" in parts
        or path.suffix in {".pyc", ".pyo"}
        or any(part.startswith(".") for part in parts[:-1])
    )


def tree(folder: str) -> set[str]:
    """The files of a folder of the working tree, relative to the root, with ``/``."""
    return {
        p.relative_to(ROOT).as_posix()
        for p in (ROOT / folder).rglob("*")
        if p.is_file() and shipped(p)
    }


def wheel_problems(names: set[str]) -> list[str]:
    """What is missing from, or should not be in, a wheel with these member names."""
    metadata = {n for n in names if n.split("/")[0].endswith(".dist-info")}
    package = names - metadata
    expected = {n.removeprefix("src/") for n in tree(f"src/{PACKAGE}")}
    problems = [f"wheel: {n} should not be there" for n in sorted(package - expected)]
    problems += [f"wheel: {n} is missing" for n in sorted(expected - package)]
    if not any(n.endswith("/METADATA") for n in metadata):
        problems.append("wheel: no METADATA")
    return problems


def sdist_includes() -> list[str]:
    """The files and folders ``pyproject.toml`` puts in the sdist."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    include: list[str] = config["tool"]["hatch"]["build"]["targets"]["sdist"]["include"]
    return include


def sdist_problems(names: set[str]) -> list[str]:
    """What is missing from, or should not be in, an sdist with these member names."""
    expected = set(BUILT)
    for entry in sdist_includes():
        expected |= tree(entry) if (ROOT / entry).is_dir() else {entry}
    extra = names - expected - OPTIONAL
    problems = [f"sdist: {n} should not be there" for n in sorted(extra)]
    problems += [f"sdist: {n} is missing" for n in sorted(expected - names)]
    return problems


def members(dist: Path) -> tuple[set[str], set[str]]:
    """The member names of the one wheel and the one sdist in *dist*."""
    (wheel,) = dist.glob("*.whl")
    (sdist,) = dist.glob("*.tar.gz")
    with zipfile.ZipFile(wheel) as archive:
        in_wheel = {n for n in archive.namelist() if not n.endswith("/")}
    with tarfile.open(sdist) as archive:
        # Every member sits under one folder, rbroadmap-<version>/.
        in_sdist = {m.name.split("/", 1)[1] for m in archive.getmembers() if m.isfile()}
    return in_wheel, in_sdist


def main(argv: list[str]) -> int:
    """Check the wheel and the sdist in the folder given; print what is wrong."""
    if len(argv) != 1 or not Path(argv[0]).is_dir():
        print("usage: python tools/check_dist.py DIST_DIR", file=sys.stderr)
        return 2
    in_wheel, in_sdist = members(Path(argv[0]))
    problems = wheel_problems(in_wheel) + sdist_problems(in_sdist)
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        return 1
    print(f"wheel: {len(in_wheel)} files, the package only; sdist: {len(in_sdist)} files")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
