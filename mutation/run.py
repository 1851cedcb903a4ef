"""Mutation testing: do a module's own tests notice when its code changes?

Usage (from the project's root, with the ``dev`` extra installed)::

    nice -n 10 python mutation/run.py values               # a full run
    nice -n 10 python mutation/run.py values --survivors   # re-test last run's survivors
    python mutation/run.py values --report                 # the last run's report again
    python mutation/run.py values --report --session mutants/values/before.sqlite

Each ``mutation/<name>.toml`` names one module of ``src/`` and the test files
that are its own, and lists the survivors judged *equivalent* (no behaviour a
user can observe changes), each with its reason. A run copies the project into
``mutants/<name>/tree`` (the working tree is never touched), lets Cosmic Ray
make each small change (a comparison, an arithmetic operator, a constant, a
boolean, a decorator, an exception class, a loop) to the module one at a time,
and runs only the module's own tests against each, one process after the
other. The score is the share of behaviour-changing mutants the tests kill:
killed / (all tested - equivalent).

Hypothesis runs under its ``ci`` profile (derandomised, no example database),
so that a run gives the same result every time. Mutants of ``|`` between types
and of arithmetic turned into bitwise operators are not made: the library does
no bit arithmetic, and such a mutant fails at import or at once with a
``TypeError``, which only inflates the score. Nor are mutants of a ``*`` or
``**`` that marks keyword-only parameters or unpacks arguments: Cosmic Ray takes
it for a binary operator, but it is none.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import re
import shutil
import subprocess
import sys
import time
import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import parso
from cosmic_ray.commands import init
from cosmic_ray.mutating import mutate_and_test
from cosmic_ray.work_db import WorkDB, use_db
from cosmic_ray.work_item import TestOutcome, WorkerOutcome, WorkItem, WorkResult

ROOT = Path(__file__).resolve().parent.parent
CONFIGS = ROOT / "mutation"
WORK = ROOT / "mutants"
COPY_IGNORE = shutil.ignore_patterns(
    ".git",
    ".venv",
    "venv",
    "mutants",
    "site",
    "build",
    "dist",
    "__pycache__",
    "*.pyc",
    ".hypothesis",
    ".mypy_cache",
    ".ruff_cache",
    ".pytest_cache",
    "*.egg-info",
)
_BITWISE = "(?:BitOr|BitAnd|BitXor|LShift|RShift)"
EXCLUDED_OPERATORS = re.compile(
    rf"core/ReplaceBinaryOperator_(?:{_BITWISE}_\w+|\w+_{_BITWISE})\Z",
)
# Where parso puts a binary operator between two operands; elsewhere a `*` or `**`
# marks keyword-only parameters or unpacks arguments, and is no arithmetic at all.
BINARY_EXPRESSIONS = frozenset({"arith_expr", "term", "power", "expr", "xor_expr", "and_expr"})


def _made(item: WorkItem, tree: parso.python.tree.Module) -> bool:
    """Whether *item* is a mutant worth making (see the module docstring)."""
    spec = item.mutations[0]
    if EXCLUDED_OPERATORS.match(spec.operator_name):
        return False
    if spec.operator_name.startswith("core/ReplaceBinaryOperator_"):
        leaf = tree.get_leaf_for_position(tuple(spec.start_pos))
        return leaf is not None and leaf.parent.type in BINARY_EXPRESSIONS
    return True


@dataclass(frozen=True)
class Equivalent:
    """A survivor that changes no behaviour: where, the line, its mutant and why."""

    where: str | None
    line: str
    mutant: str
    reason: str

    def matches(self, mutant: Mutant) -> bool:
        """Whether *mutant* is this one."""
        return (
            (self.where is None or self.where == mutant.where)
            and _squash(self.line) == mutant.line
            and _squash(self.mutant) == mutant.mutant
        )


@dataclass(frozen=True)
class Config:
    """One module under mutation: ``mutation/<name>.toml``."""

    name: str
    module: str
    tests: tuple[str, ...]
    goal: float
    equivalents: tuple[Equivalent, ...]

    @classmethod
    def load(cls, name: str) -> Config:
        """Read ``mutation/<name>.toml``."""
        path = CONFIGS / f"{name}.toml"
        if not path.is_file():
            known = ", ".join(sorted(p.stem for p in CONFIGS.glob("*.toml")))
            sys.exit(f"no {path.relative_to(ROOT)}; modules configured: {known}")
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        return cls(
            name=name,
            module=data["module"],
            tests=tuple(data["tests"]),
            goal=float(data.get("goal", 90)),
            equivalents=tuple(
                Equivalent(
                    where=entry.get("where"),
                    line=entry["line"],
                    mutant=entry["mutant"],
                    reason=entry["reason"],
                )
                for entry in data.get("equivalent", ())
            ),
        )

    @property
    def work(self) -> Path:
        """The folder of this module's runs."""
        return WORK / self.name

    def test_command(self) -> str:
        """The command that runs the module's own tests, stopping at the first failure."""
        return " ".join(
            [sys.executable, "-m", "pytest", "-x", "-q", "-p", "no:cacheprovider", *self.tests]
        )


@dataclass(frozen=True)
class Mutant:
    """One tested mutant, as the report shows it."""

    operator: str
    where: str
    lineno: int
    line: str
    mutant: str
    outcome: str  # killed, survived, incompetent, skipped


def _squash(text: str) -> str:
    return " ".join(text.split())


def _changed_lines(diff: str) -> tuple[str, str]:
    """The removed and the added lines of a unified diff, each squashed and joined."""
    removed, added = [], []
    for line in diff.splitlines():
        if line.startswith(("---", "+++")):
            continue
        text = _squash(line[1:])
        if line.startswith("-") and text:
            removed.append(text)
        elif line.startswith("+") and text:
            added.append(text)
    return " / ".join(removed), " / ".join(added)


def _outcome(result: WorkResult) -> str:
    if result.worker_outcome in {WorkerOutcome.SKIPPED, WorkerOutcome.NO_TEST}:
        return "skipped"
    if result.worker_outcome is not WorkerOutcome.NORMAL:
        return "incompetent"
    if result.test_outcome is TestOutcome.SURVIVED:
        return "survived"
    if result.test_outcome is TestOutcome.KILLED:
        return "killed"
    return "incompetent"


def _mutants(db: WorkDB, source: parso.python.tree.Module) -> list[Mutant]:
    out = []
    for item, result in db.completed_work_items:
        spec = item.mutations[0]
        line, mutant = _changed_lines(result.diff or "")
        out.append(
            Mutant(
                operator=spec.operator_name.removeprefix("core/"),
                where=spec.definition_name or "<module>",
                lineno=spec.start_pos[0],
                line=line,
                mutant=mutant,
                outcome=_outcome(result) if _made(item, source) else "skipped",
            )
        )
    return sorted(out, key=lambda m: (m.lineno, m.operator, m.mutant))


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _copy_tree(config: Config) -> Path:
    tree = config.work / "tree"
    if tree.exists():
        shutil.rmtree(tree)
    shutil.copytree(ROOT, tree, ignore=COPY_IGNORE)
    return tree


def _environment() -> dict[str, str]:
    env = dict(os.environ)
    env["CI"] = "true"  # Hypothesis' ci profile: derandomised, no example database
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


def _baseline(config: Config, tree: Path) -> float:
    """Run the own tests on the unchanged copy; return how long they took."""
    check = subprocess.run(
        [sys.executable, "-c", "import sys; sys.path.insert(0, 'src'); import rbroadmap as r; "
         "print(r.__file__)"],
        cwd=tree, capture_output=True, text=True, check=True, env=_environment(),
    )  # fmt: skip
    if not Path(check.stdout.strip()).resolve().is_relative_to(tree.resolve()):
        sys.exit(f"the copy imports rbroadmap from {check.stdout.strip()}, not from {tree}")
    start = time.perf_counter()
    run = subprocess.run(
        config.test_command().split(),
        cwd=tree,
        capture_output=True,
        text=True,
        env=_environment(),
        check=False,
    )
    if run.returncode != 0:
        sys.exit(
            f"the own tests fail without any mutant:\n{run.stdout[-3000:]}{run.stderr[-2000:]}"
        )
    return time.perf_counter() - start


def _execute(config: Config, db: WorkDB, items: Sequence[WorkItem], timeout: float) -> None:
    tree = config.work / "tree"
    source = parso.parse((tree / config.module).read_text(encoding="utf-8"))
    command = config.test_command()
    os.environ.update(_environment())
    cwd = Path.cwd()
    os.chdir(tree)
    try:
        for n, item in enumerate(items, 1):
            spec = item.mutations[0]
            if not _made(item, source):
                db.set_result(item.job_id, WorkResult(worker_outcome=WorkerOutcome.SKIPPED))
                continue
            result = mutate_and_test(item.mutations, command, timeout)
            db.set_result(item.job_id, result)
            print(
                f"{n:4}/{len(items)} {_outcome(result):11} {Path(spec.module_path).name}:"
                f"{spec.start_pos[0]} {spec.definition_name or ''} "
                f"{spec.operator_name.removeprefix('core/')}",
                flush=True,
            )
    finally:
        os.chdir(cwd)


def _full_run(config: Config) -> None:
    config.work.mkdir(parents=True, exist_ok=True)
    tree = _copy_tree(config)
    seconds = _baseline(config, tree)
    timeout = 10 * seconds + 60
    print(f"{config.name}: own tests pass unmutated in {seconds:.1f} s; timeout {timeout:.0f} s")
    session = config.work / "session.sqlite"
    session.unlink(missing_ok=True)
    module = tree / config.module
    (config.work / "module.sha256").write_text(_digest(module))
    cwd = Path.cwd()
    os.chdir(tree)
    try:
        with use_db(str(session)) as db:
            init([Path(config.module)], db, {})
    finally:
        os.chdir(cwd)
    with use_db(str(session), WorkDB.Mode.open) as db:
        items = sorted(db.work_items, key=lambda i: (i.mutations[0].start_pos, i.job_id))
        _execute(config, db, items, timeout)


def _survivors_run(config: Config) -> None:
    session = config.work / "session.sqlite"
    if not session.is_file():
        sys.exit(f"no earlier run of {config.name}; run it in full first")
    tree = _copy_tree(config)
    if _digest(tree / config.module) != (config.work / "module.sha256").read_text():
        sys.exit(f"{config.module} changed since the last full run; run it in full again")
    seconds = _baseline(config, tree)
    timeout = 10 * seconds + 60
    with use_db(str(session), WorkDB.Mode.open) as db:
        items = [
            item
            for item, result in db.completed_work_items
            if _outcome(result) in {"survived", "incompetent"}
        ]
        items.sort(key=lambda i: (i.mutations[0].start_pos, i.job_id))
        print(f"{config.name}: re-testing {len(items)} survivors; timeout {timeout:.0f} s")
        _execute(config, db, items, timeout)


def _show(mutant: Mutant) -> str:
    return (
        f"  line {mutant.lineno} in {mutant.where} [{mutant.operator}]\n"
        f"    - {mutant.line}\n    + {mutant.mutant or '(removed)'}"
    )


def report(config: Config, session: Path | None = None) -> bool:
    """Print a run's figures and survivors; return whether the goal is met."""
    session = session or config.work / "session.sqlite"
    if not session.is_file():
        sys.exit(f"no run of {config.name} yet")
    source = parso.parse((config.work / "tree" / config.module).read_text(encoding="utf-8"))
    with use_db(str(session), WorkDB.Mode.open) as db:
        mutants = _mutants(db, source)
        pending = db.num_work_items - db.num_results
    tested = [m for m in mutants if m.outcome != "skipped"]
    killed = [m for m in tested if m.outcome == "killed"]
    incompetent = [m for m in tested if m.outcome == "incompetent"]
    survived = [m for m in tested if m.outcome == "survived"]
    equivalent = [m for m in survived if any(e.matches(m) for e in config.equivalents)]
    live = [m for m in survived if m not in equivalent]
    wrongly_equivalent = [m for m in killed if any(e.matches(m) for e in config.equivalents)]
    unused = [e for e in config.equivalents if not any(e.matches(m) for m in mutants)]
    counted = len(tested) - len(equivalent) - len(incompetent)
    score = 100 * len(killed) / counted if counted else 100.0
    print(f"{config.name}: {config.module} against {' '.join(config.tests)}")
    print(
        f"  {len(tested)} mutants: {len(killed)} killed, {len(survived)} survived "
        f"({len(equivalent)} equivalent), {len(incompetent)} incompetent; "
        f"{pending} not yet run"
    )
    print(
        f"  score: {len(killed)}/{counted} = {score:.1f}% of behaviour-changing mutants "
        f"killed (goal {config.goal:.0f}%)"
    )
    _section("Survivors that change behaviour (write a test, or list them as equivalent)", live)
    _section("Incompetent (the mutant could not be tested)", incompetent)
    _section("Listed as equivalent but killed (remove them from the list)", wrongly_equivalent)
    if unused:
        print("\nListed as equivalent but matching no mutant (stale):")
        for entry in unused:
            print(f"  {entry.where}: {entry.line!r} -> {entry.mutant!r}")
    return score >= config.goal and not pending


def _section(title: str, mutants: Iterable[Mutant]) -> None:
    shown = list(mutants)
    if shown:
        print(f"\n{title}:")
        for mutant in shown:
            print(_show(mutant))


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("name", help="a module configured in mutation/<name>.toml")
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--survivors", action="store_true", help="re-test last run's survivors")
    mode.add_argument("--report", action="store_true", help="print the last run's report only")
    parser.add_argument(
        "--session", type=Path, help="with --report: the session file of an earlier run to report"
    )
    args = parser.parse_args(argv)
    config = Config.load(args.name)
    if args.survivors:
        _survivors_run(config)
    elif not args.report:
        _full_run(config)
    return 0 if report(config, args.session if args.report else None) else 1


if __name__ == "__main__":
    sys.exit(main())
