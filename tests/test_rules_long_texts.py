"""The text-reading rules on texts no road map has, but uploaded documents can.

A run of 40,000 dashes in an action text made RB503 take 15 s, a run of spaces
in a unit cell made RB401 and RB402 take half a minute each, and a 160,000-letter
unit name one letter from a registered one took RB401 85 s to suggest. Each
test here gives a rule such an input (200,000 characters, five times the size
that used to take seconds) and checks what it reports; the bounded work of the
suggestions is counted, not timed.
"""

from __future__ import annotations

import attrs
import pytest

import rbroadmap as rb
from rbroadmap.rules import Context
from rbroadmap.rules.families import units
from support.rules import clean, with_action

LONG = 200_000
SPACES = (" ", "\t", "\n", "\u3000")


def _letters(n: int) -> str:
    """*n* letters of a script with thousands of distinct letters (CJK ideographs)."""
    alphabet = [chr(c) for c in range(0x4E00, 0x9FFF)]
    return "".join(alphabet[i % len(alphabet)] for i in range(n))


def test_rb503_reads_a_run_of_punctuation_once() -> None:
    cut = with_action(clean(), "organisasi-1", text="a " + "-" * LONG + " oleh")
    whole = with_action(clean(), "organisasi-1", text="a" + "-" * LONG + "a")
    wrapped = with_action(clean(), "organisasi-1", text="Pelaksanaan (" + "." * LONG + "oleh)")
    assert [f.value[-4:] for f in rb.validate(cut, select=["RB503"])] == ["oleh"]
    assert len(rb.validate(whole, select=["RB503"])) == 0
    assert [f.code for f in rb.validate(wrapped, select=["RB503"])] == ["RB503"]


@pytest.mark.parametrize("space", SPACES, ids=repr)
def test_rb401_and_rb402_read_a_run_of_spaces_once(space: str) -> None:
    unknown = "a" + space * LONG + "b"
    report = rb.validate(
        with_action(clean(), "organisasi-1", units=[unknown]), select=["RB401", "RB402"]
    )
    assert [(f.code, f.suggestion) for f in report] == [("RB401", None)]
    two = "BKPSDM" + space * LONG + "dan" + space * LONG + "Inspektorat"
    report = rb.validate(with_action(clean(), "organisasi-1", units=[two]), select=["RB4"])
    assert [(f.code, f.suggestion) for f in report] == [("RB402", "BKPSDM; Inspektorat")]


def _with_unit(roadmap: rb.RoadMap, unit: rb.ResponsibleUnit) -> rb.RoadMap:
    registry = roadmap.units
    return attrs.evolve(roadmap, units=attrs.evolve(registry, units=(*registry.units, unit)))


def _suggestions(roadmap: rb.RoadMap) -> tuple[list[str | None], int]:
    """RB401's suggestions, and how many registered names it compared to find them."""
    context = Context(roadmap)
    found = [v.suggestion for v in units.unknown_unit(context)]
    index = context.memo("units", lambda: units.UnitIndex(context))
    return found, index.suggester.comparisons


def test_rb401_suggests_nothing_for_a_name_too_long_to_be_a_unit() -> None:
    long = _letters(160_000)
    roadmap = _with_unit(
        with_action(clean(), "organisasi-1", units=[long[:-1] + "x"]),
        rb.ResponsibleUnit(id="long", name=long),
    )
    assert _suggestions(roadmap) == ([None], 0)


def test_rb401_compares_a_bounded_number_of_names_for_each_unknown_one() -> None:
    roadmap = _with_unit(clean(), rb.ResponsibleUnit(id="long", name=_letters(LONG)))
    rows = [
        rb.Action(id=f"tambahan-{i}", text="Pelaksanaan tugas", units=[f"Unit {i}"])
        for i in range(200)
    ]
    area = attrs.evolve(roadmap.areas[0], actions=(*roadmap.areas[0].actions, *rows))
    roadmap = attrs.evolve(roadmap, areas=(area, *roadmap.areas[1:]))
    found, compared = _suggestions(roadmap)
    assert len(found) == 200
    assert compared <= 24 * 200


def test_rb401_suggests_the_registered_name_of_the_closest_alias() -> None:
    roadmap = _with_unit(
        with_action(clean(), "organisasi-1", units=["Bagian Kepegawaian"]),
        rb.ResponsibleUnit(id="bkd", name="BKD", aliases=["Badan Kepegawaian Daerah"]),
    )
    assert _suggestions(roadmap)[0] == ["BKD"]
    (finding,) = rb.validate(roadmap, select=["RB401"])
    assert finding.suggestion == "BKD"
