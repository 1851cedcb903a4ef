"""Every rule reads every text in time linear in its length, whatever its shape.

Texts that made rules super-linear before (`support.hostile.SHAPES`: a run of
punctuation between two letters, runs of spaces of every kind, thousands of
distinct letters, one long name) are written into every free-text field of a
road map at once, each field found by walking the road map's objects, so that a
text field added to the model later is filled too. Each built-in rule then reads
the road map at two lengths of text, four times apart, and must do at most five
times the work: counted in function calls, and, where a rule spends time inside
a regular expression that no counter sees, in CPU time. The notation readers
refuse such texts in work that does not grow, and loading and writing a document
full of them grows linearly too.
"""

from __future__ import annotations

import functools
import typing
from collections.abc import Callable, Iterator
from typing import Any

import attrs
import pytest

import rbroadmap as rb
from rbroadmap.rules import CATALOGUE, Context, Rule
from support.goals import goal_table, irb
from support.hostile import SHAPES
from support.inventory import DOCUMENT_CLASSES, instance
from support.rules import clean
from support.scaling import assert_growth, calls, cpu_seconds

SIZES = (8_000, 32_000)
"""Characters of each text: four times apart."""


def _base() -> rb.RoadMap:
    """The clean road map of the rule tests, with a waiver and a theme, so that they are read too.

    The theme, with its problem and goal, is not of the road map's 2015-2019 set: RB117
    reports it, reading its texts (and looking for a theme its code may mean).
    """
    roadmap = clean()
    waiver = rb.Waiver(code="RB205", entity_id="organisasi-1", reason="Ditetapkan bersama")
    theme = rb.Theme(
        id="kemiskinan",
        number=1,
        label="1",
        name="Pengentasan Kemiskinan",
        standard="kemiskinan",
        description="Penurunan angka kemiskinan daerah",
        problems=[rb.Problem(id="kemiskinan-masalah", text="Data kemiskinan belum terpadu")],
        goals=[rb.Goal(id="kemiskinan-sasaran", text="Angka kemiskinan yang menurun")],
    )
    # a goal table, so that its texts and its indicators' are read
    objective = goal_table(irb(baseline={2017: "55"}, targets={2018: "60", 2022: "70"}))
    return attrs.evolve(
        roadmap,
        waivers=(*roadmap.waivers, waiver),
        themes=(theme,),
        objectives=(*roadmap.objectives, objective),
    )


def _text_fields(cls: type) -> list[tuple[str, str, bool]]:
    """The fields of *cls* that hold text: (name, argument name, holds a tuple of texts)."""
    hints = typing.get_type_hints(cls)
    found = []
    for field in attrs.fields(cls):
        if not field.init:
            continue
        tp, args = hints[field.name], typing.get_args(hints[field.name])
        if tp is str or (str in args and type(None) in args):
            found.append((field.name, field.alias, False))
        elif typing.get_origin(tp) is tuple and args and args[0] is str:
            found.append((field.name, field.alias, True))
    return found


def _objects(root: object) -> Iterator[Any]:
    """Every attrs object reachable from *root* through fields and tuples, breadth first."""
    queue = [root]
    while queue:
        obj = queue.pop(0)
        if attrs.has(type(obj)):
            yield obj
            queue.extend(getattr(obj, a.name) for a in attrs.fields(type(obj)) if a.init)
        elif isinstance(obj, tuple):
            queue.extend(obj)


def _substitute(obj: Any, old: object, new: object) -> tuple[Any, bool]:
    """*obj* with the object *old* inside it replaced by *new*, rebuilt along the way."""
    if obj is old:
        return new, True
    if attrs.has(type(obj)):
        for field in attrs.fields(type(obj)):
            if field.init:
                value, done = _substitute(getattr(obj, field.name), old, new)
                if done:
                    return attrs.evolve(obj, **{field.alias: value}), True
    elif isinstance(obj, tuple):
        for i, item in enumerate(obj):
            value, done = _substitute(item, old, new)
            if done:
                return (*obj[:i], value, *obj[i + 1 :]), True
    return obj, False


def filled(roadmap: rb.RoadMap, text: str) -> tuple[rb.RoadMap, list[str]]:
    """*roadmap* with *text* in every free-text field of the first object of each class.

    Each field gets its own prefix (``"t3 "``), so that names stay distinct. A field
    that refuses the text (an id, a code, a value's short text) is left as it was.
    Returns the road map and the fields filled, as ``Class.field``.
    """
    classes = list(dict.fromkeys(type(obj) for obj in _objects(roadmap)))
    fields = [(cls, field) for cls in classes for field in _text_fields(cls)]
    done = []
    for k, (cls, (name, alias, many)) in enumerate(fields):
        target = next(obj for obj in _objects(roadmap) if type(obj) is cls)
        value = f"t{k} {text}"
        try:
            changed = attrs.evolve(target, **{alias: (value,) if many else value})
            roadmap = _substitute(roadmap, target, changed)[0]
        except rb.ModelError:
            continue
        done.append(f"{cls.__name__}.{name}")
    return roadmap, done


@functools.cache
def hostile(shape: str, size: int) -> rb.RoadMap:
    return filled(_base(), SHAPES[shape](size))[0]


def test_every_free_text_field_of_a_document_is_filled() -> None:
    _, done = filled(_base(), SHAPES["one long name"](1_000))
    free = set()
    for cls in DOCUMENT_CLASSES:
        for name, alias, many in _text_fields(cls):
            text = "Pelaksanaan " * 100
            try:
                attrs.evolve(instance(cls), **{alias: (text,) if many else text})
            except rb.ModelError:
                continue  # an id, a code or a value's short text: not free text
            free.add(f"{cls.__name__}.{name}")
    assert free <= set(done), f"fields no test fills: {sorted(free - set(done))}"
    assert len(done) >= 35


def _calls(roadmap: rb.RoadMap, check: Rule) -> int:
    """The function calls of one rule reading *roadmap*, from a fresh context."""
    return calls(lambda: list(check.check(Context(roadmap)))).total


@pytest.mark.parametrize("shape", list(SHAPES))
def test_every_rule_reads_every_text_in_linear_time(shape: str) -> None:
    for size in SIZES:
        rb.validate(hostile(shape, size))  # caches filled first
    work = {size: {r.code: _calls(hostile(shape, size), r) for r in CATALOGUE} for size in SIZES}
    for item in CATALOGUE:
        small, large = (work[size][item.code] for size in SIZES)
        assert large <= 5 * small, (
            f"{item.code} made {small:,} calls at {SIZES[0]:,} characters and {large:,} at "
            f"{SIZES[1]:,}: x{large / small:.2f}, over x5"
        )
    # Work inside a regular expression shows in no count: the time of all the rules
    # together, where a rule that backtracks over a run of characters would take
    # sixteen times as long or more.

    def timed(size: int) -> float:
        roadmap = hostile(shape, size)
        return cpu_seconds(lambda: rb.validate(roadmap), repeat=5)

    assert_growth(timed, SIZES, bound=5)


READERS = {
    "parse_value": rb.parse_value,
    "parse_rupiah": rb.parse_rupiah,
    "parse_number": rb.parse_number,
}


@pytest.mark.parametrize("reader", READERS.values(), ids=list(READERS))
@pytest.mark.parametrize("shape", list(SHAPES))
def test_notation_refuses_a_long_text_of_any_shape_in_work_that_does_not_grow(
    shape: str, reader: Callable[[str], object]
) -> None:
    def refuse(text: str) -> None:
        with pytest.raises(rb.NotationError):
            reader(text)

    def work(size: int) -> int:
        text = SHAPES[shape](size)
        return calls(lambda: refuse(text)).total

    assert_growth(work, SIZES, bound=1)


@pytest.mark.parametrize("shape", list(SHAPES))
def test_loading_and_writing_texts_of_any_shape_is_linear(shape: str) -> None:
    documents = {size: rb.to_json(hostile(shape, size)) for size in SIZES}

    def trip(size: int) -> None:
        rb.to_json(rb.from_json(documents[size], rb.RoadMap))

    assert rb.from_json(documents[SIZES[0]], rb.RoadMap) == hostile(shape, SIZES[0])
    assert_growth(lambda size: calls(lambda: trip(size)).total, SIZES, bound=5)
    assert_growth(lambda size: cpu_seconds(lambda: trip(size), repeat=3), SIZES, bound=5)
