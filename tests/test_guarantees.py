"""The guarantees of docs/guarantees.md, each proved here or in the test the page names.

* Immutability: every public object is frozen: no field can be set or deleted,
  no attribute added, and no list, dict or set can be reached through its
  public fields.
* Equality: equal objects hash equal, also after a copy, a pickle or a trip
  through JSON.
* Pickling: every public object and every error pickles and comes back equal.
* Thread safety: validation and attainment run from many threads on shared
  objects give the results of one thread.
* Determinism: the same input gives the same output, byte for byte, in
  processes with different hash seeds.
* No I/O: run with the clock, the environment, files, the network and printing
  poisoned, the library uses none of them (tests/test_purity.py reads the
  source for the same).
* The page itself: every test it names exists.
"""

from __future__ import annotations

import copy
import json
import os
import pickle
import re
import subprocess
import sys
import threading
import types
from collections.abc import Callable, Iterator, Mapping
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import attrs
import pendulum
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import rbroadmap as rb
from rbroadmap import scales
from rbroadmap.converters import InvalidValueError
from support.inventory import (
    ABSTRACT_ERRORS,
    AS_OF,
    DOCUMENT_CLASSES,
    ERROR_CLASSES,
    VALUE_CLASSES,
    errors,
    instance,
    realisations,
    zoo,
)

ROOT = Path(__file__).resolve().parent.parent

# -- every public object: one of each public class, from support.inventory


def test_every_public_class_is_in_the_zoo() -> None:
    missing = [cls.__qualname__ for cls in VALUE_CLASSES if cls not in zoo()]
    assert not missing
    assert len(VALUE_CLASSES) >= 50


MUTABLE = (list, dict, set, bytearray)


def mutable_parts(obj: object, path: str = "") -> Iterator[str]:
    """Paths to every list, dict or set reachable through public fields."""
    if isinstance(obj, MUTABLE):
        yield path or "."
        return
    if isinstance(obj, Mapping) and not isinstance(obj, types.MappingProxyType):
        yield path or "."
        return
    if attrs.has(type(obj)):
        for a in attrs.fields(type(obj)):
            if not a.name.startswith("_"):
                yield from mutable_parts(getattr(obj, a.name), f"{path}.{a.name}")
    elif isinstance(obj, tuple | frozenset):
        for i, item in enumerate(obj):
            yield from mutable_parts(item, f"{path}[{i}]")
    elif isinstance(obj, types.MappingProxyType):
        for key, item in obj.items():
            yield from mutable_parts(item, f"{path}[{key!r}]")


@pytest.mark.parametrize("cls", VALUE_CLASSES, ids=lambda c: c.__qualname__)
def test_every_public_object_is_immutable(cls: type) -> None:
    obj = instance(cls)
    for field in attrs.fields(cls):
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            setattr(obj, field.name, getattr(obj, field.name))
        with pytest.raises(AttributeError):
            delattr(obj, field.name)
    with pytest.raises(AttributeError):
        obj.added_later = 1  # slotted: no attribute can be added
    assert list(mutable_parts(obj)) == []


@pytest.mark.parametrize("cls", VALUE_CLASSES, ids=lambda c: c.__qualname__)
def test_equal_objects_hash_equal_and_everything_pickles(cls: type) -> None:
    obj = instance(cls)
    copies = [copy.deepcopy(obj), copy.copy(obj)]
    copies += [pickle.loads(pickle.dumps(obj, p)) for p in range(2, pickle.HIGHEST_PROTOCOL + 1)]
    for other in copies:
        assert type(other) is cls
        assert other == obj
        assert hash(other) == hash(obj)
    assert len({obj, *copies}) == 1


@pytest.mark.parametrize("cls", DOCUMENT_CLASSES, ids=lambda c: c.__name__)
@settings(max_examples=10, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_equal_objects_hash_equal_after_a_trip_through_json(cls: type, data: st.DataObject) -> None:
    obj = data.draw(st.from_type(cls))
    again = rb.from_json(rb.to_json(obj), cls)
    assert again == obj
    assert hash(again) == hash(obj)
    assert pickle.loads(pickle.dumps(obj)) == obj


@pytest.mark.parametrize("error", errors(), ids=lambda e: type(e).__name__)
def test_every_error_pickles_with_its_message_and_details(error: rb.RoadmapError) -> None:
    again = pickle.loads(pickle.dumps(error))
    assert type(again) is type(error)
    assert str(again) == str(error)
    assert again.message == error.message
    assert again.args == error.args
    assert vars(again) == vars(error)


def _deeply_nested() -> list[object]:
    nested: list[object] = []
    for _ in range(100_000):
        nested = [nested]
    return nested


HELD = {
    "a generator": lambda: (c for c in "abc"),
    "a lock": threading.Lock,
    "a list nested 100,000 deep": _deeply_nested,
    "a megabyte of text": lambda: "x" * 1_000_000,
    "a whole number of 5,001 digits": lambda: 10**5000,
    "an object of a class pickle cannot find": type("Local", (), {}),
    "a list holding a lock": lambda: [1, 2, threading.Lock()],
}


@pytest.mark.parametrize("make", HELD.values(), ids=list(HELD))
@pytest.mark.parametrize("error", errors(), ids=lambda e: type(e).__name__)
def test_every_error_pickles_whatever_value_it_holds(
    error: rb.RoadmapError, make: Callable[[], object]
) -> None:
    # Regression: a ModelError kept the offending value as it was, so an error about a
    # generator, a lock or a deeply nested list could not be pickled, and could not
    # leave a worker process.
    names = [name for name in vars(error) if name != "message"]
    for name in names:
        held = copy.copy(error)
        value = make()
        setattr(held, name, value)
        again = pickle.loads(pickle.dumps(held))
        assert type(again) is type(error)
        assert str(again) == str(error)
        assert again.message == error.message
        assert again.args == error.args
        shown = getattr(again, name)
        assert isinstance(shown, rb.errors.ShownValue)
        assert shown == rb.errors.ShownValue.of(value)
        assert len(pickle.dumps(held)) < 10_000


@pytest.mark.parametrize("make", HELD.values(), ids=list(HELD))
def test_an_error_about_any_value_crosses_a_process_boundary(make: Callable[[], object]) -> None:
    value = make()
    with pytest.raises(rb.ModelError) as caught:
        rb.Action(id="a1", budget=value)  # type: ignore[arg-type]
    again = pickle.loads(pickle.dumps(caught.value))
    assert str(again) == str(caught.value)
    assert again.value == rb.errors.ShownValue.of(value)


@pytest.mark.parametrize(
    "value", [-1, "150.000.000", None, 1.5, pendulum.date(2020, 1, 1), ("a", 2), rb.NO_TARGET]
)
def test_plain_values_travel_with_their_error_as_they_are(value: object) -> None:
    with pytest.raises(rb.ModelError) as caught:
        rb.Action(id="a1", budget=value if value is not None else -5)  # type: ignore[arg-type]
    again = pickle.loads(pickle.dumps(caught.value))
    assert again.value == caught.value.value
    assert type(again.value) is type(caught.value.value)


def test_there_is_an_error_of_every_kind() -> None:
    kinds = {type(e) for e in errors()}
    assert set(ERROR_CLASSES) - ABSTRACT_ERRORS <= kinds
    assert {
        rb.NotationError,
        rb.ModelError,
        rb.ModelTypeError,
        rb.IntegrityError,
        rb.DataError,
        rb.UnknownIdError,
        rb.attainment.DuplicateRealizationError,
        rb.attainment.UnknownTargetError,
        rb.attainment.UnitMismatchError,
        rb.attainment.OutsidePeriodError,
        scales.ScaleError,
        InvalidValueError,
    } <= kinds


# -- many threads, shared objects


def results(roadmap: rb.RoadMap, job: int) -> str:
    """One job's output as text: what each kind of job computes from the shared road map."""
    kind = job % 5
    if kind == 0:
        return json.dumps(rb.validate(roadmap, as_of=AS_OF, lang="en").to_dict(), sort_keys=True)
    if kind == 1:
        report = rb.attain(roadmap, realisations(), as_of=AS_OF, method=rb.RollUpMethod.WORST)
        return json.dumps(report.to_dict(), sort_keys=True)
    if kind == 2:
        return repr([rb.to_dict(roadmap.resolve(a)) for a in roadmap.actions()])
    if kind == 3:
        return rb.to_json(rb.from_json(rb.to_json(roadmap), rb.RoadMap))
    cells = [cell for _, target in roadmap.targets() for cell in target.notation()]
    return repr([rb.parse_value(c) for c in cells] + [rb.budget_summary(roadmap)])


def test_validation_and_attainment_agree_across_threads() -> None:
    alone = rb.samples.probolinggo()
    expected = [results(alone, kind) for kind in range(5)]
    shared = rb.from_json(rb.to_json(alone), rb.RoadMap)  # its caches not filled yet
    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-5)  # switch threads often
    try:
        with ThreadPoolExecutor(max_workers=16) as pool:
            found = list(pool.map(lambda job: (job, results(shared, job)), range(60)))
    finally:
        sys.setswitchinterval(interval)
    for job, output in found:
        assert output == expected[job % 5], job
    assert shared == alone


# -- determinism across processes

DETERMINISM_SCRIPT = """
import hashlib, json, sys
import pendulum
import rbroadmap as rb
sample = rb.samples.probolinggo()
parse = rb.Realization.parse
realised = [parse("organisasi-1", 2018, "20%"), parse("pengawasan-1", 2019, "0 OPD")]
day = pendulum.date(2020, 9, 30)
outputs = [
    json.dumps(rb.validate(sample, as_of=day).to_dict()),
    rb.validate(sample, lang="en").to_text(),
    json.dumps(rb.attain(sample, realised, as_of=day).to_dict()),
    repr(rb.attain(sample, realised, as_of=day).to_records("rollups")),
    rb.to_json(sample),
    repr(rb.budget_summary(sample)),
    rb.to_json(rb.from_json(rb.to_json(sample), rb.RoadMap)),
]
for text in outputs:
    sys.stdout.write(hashlib.sha256(text.encode()).hexdigest() + "\\n")
"""


def run_with_seed(seed: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    return subprocess.Popen(
        [sys.executable, "-c", DETERMINISM_SCRIPT],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_output_is_the_same_in_processes_with_different_hash_seeds() -> None:
    running = [run_with_seed(seed) for seed in ("0", "1", "2024", "random")]
    outputs = []
    for process in running:
        out, err = process.communicate(timeout=300)
        assert process.returncode == 0, err
        outputs.append(out)
    assert len(outputs[0].split()) == 7
    assert len(set(outputs)) == 1


# -- no I/O, checked while it runs

PURITY_SCRIPT = """
import builtins, json, os, sys, time
import pendulum
import rbroadmap as rb

def everything():
    sample = rb.samples.probolinggo()
    parse = rb.Realization.parse
    day = pendulum.date(2020, 9, 30)
    report = rb.validate(sample, as_of=day)
    report.to_text(); report.to_dict(); str(report)
    attained = rb.attain(sample, [parse("organisasi-1", 2018, "20%")], as_of=day)
    attained.to_dict(); attained.to_records("targets", numbers="float")
    rb.from_json(rb.to_json(sample), rb.RoadMap)
    rb.budget_summary(sample); sample._repr_html_(); sample.areas[0]._repr_html_()
    rb.parse_rupiah("Rp 150.000.000,-"); rb.format_value(rb.parse_value("79,30%"))
    rb.scales.ikm_2017([3] * 9)
    for bad in ("25%%", "nan"):
        try:
            rb.parse_value(bad)
        except rb.NotationError as error:
            str(error)
    try:
        rb.from_json('{"id": 5}', rb.RoadMap)
    except rb.DataError as error:
        str(error)

everything()  # first, so that lazy imports and caches are done

events = []
WATCHED = ("open", "os.", "socket.", "subprocess.", "shutil.", "urllib.", "http.", "ctypes.",
           "import", "time.sleep", "glob.", "tempfile.", "sqlite3.", "webbrowser.", "ftplib.",
           "smtplib.", "exec", "compile")
sys.addaudithook(lambda event, args: events.append(event) if event.startswith(WATCHED) else None)

def forbidden(*args, **kwargs):
    raise AssertionError("the library reached for the clock, a file, the screen or the input")

class Environment(dict):
    def __getitem__(self, key): forbidden()
    def get(self, key, default=None): forbidden()
    def __contains__(self, key): forbidden()

out = sys.stdout
for name in ("time", "time_ns", "monotonic", "monotonic_ns", "perf_counter", "localtime",
             "gmtime", "sleep"):
    setattr(time, name, forbidden)
for name in ("now", "today", "tomorrow", "yesterday", "local_timezone", "local"):
    setattr(pendulum, name, forbidden)
for name in ("open", "print", "input"):
    setattr(builtins, name, forbidden)
os.environ = Environment()
os.getenv = forbidden
sys.stdout = sys.stderr = None

everything()
out.write(json.dumps(events))
"""


def test_nothing_reads_the_clock_the_environment_files_or_the_network_while_it_runs() -> None:
    done = subprocess.run(
        [sys.executable, "-c", PURITY_SCRIPT], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == []


# -- the guarantees page

PAGE = ROOT / "docs" / "guarantees.md"
TEST_LINK = re.compile(
    r"\[`(?P<test>test_[a-z0-9_]+)`\]\(https://github\.com/rbroadmap/rbroadmap/blob/main/"
    r"(?P<file>tests/test_[a-z0-9_]+\.py)\)"
)


def named_tests() -> list[tuple[str, str]]:
    return [(m["file"], m["test"]) for m in TEST_LINK.finditer(PAGE.read_text(encoding="utf-8"))]


def test_every_test_the_guarantees_page_names_exists() -> None:
    named = named_tests()
    assert len(named) >= 20
    for file, test in named:
        source = (ROOT / file).read_text(encoding="utf-8")
        assert re.search(rf"^def {test}\(", source, re.M), f"{file} has no {test}"


def test_every_guarantee_on_the_page_links_to_a_test() -> None:
    text = PAGE.read_text(encoding="utf-8")
    guarantees = [line for line in text.splitlines() if re.match(r"^\| \*\*", line)]
    assert len(guarantees) >= 10
    for line in guarantees:
        assert TEST_LINK.search(line), line
