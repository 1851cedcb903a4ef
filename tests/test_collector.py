"""`rb.bulk()` holds full collections off inside its block and puts the collector's
thresholds back exactly as it found them, whatever they were and however the block
ends. (What it saves is measured by benchmarks/run.py, not here.)"""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest
from hypothesis import given
from hypothesis import strategies as st

import rbroadmap as rb
from rbroadmap.collector import NEVER


@pytest.fixture(autouse=True)
def _thresholds() -> Iterator[None]:
    saved = gc.get_threshold()
    try:
        yield
    finally:
        gc.set_threshold(*saved)


thresholds = st.tuples(st.integers(0, 100_000), st.integers(0, 1_000), st.integers(0, 1_000))


@given(thresholds)
def test_the_thresholds_come_back_exactly(given_thresholds: tuple[int, int, int]) -> None:
    gc.set_threshold(*given_thresholds)
    with rb.bulk():
        inside = gc.get_threshold()
    assert inside == (*given_thresholds[:2], NEVER)
    assert gc.get_threshold() == given_thresholds


@given(thresholds)
def test_the_thresholds_come_back_when_the_block_raises(
    given_thresholds: tuple[int, int, int],
) -> None:
    gc.set_threshold(*given_thresholds)
    with pytest.raises(rb.DataError), rb.bulk():
        rb.from_dict({"id": "a1", "budget": 1.5}, rb.Action)
    assert gc.get_threshold() == given_thresholds


def test_blocks_nest() -> None:
    before = gc.get_threshold()
    with rb.bulk():
        with rb.bulk():
            assert gc.get_threshold()[2] == NEVER
        assert gc.get_threshold()[2] == NEVER
    assert gc.get_threshold() == before


def test_the_collector_stays_on_or_off_as_it_was() -> None:
    was = gc.isenabled()
    try:
        with rb.bulk():
            assert gc.isenabled() == was
        gc.disable()
        with rb.bulk():
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        if was:
            gc.enable()


def test_no_full_collection_runs_inside_the_block() -> None:
    full: list[int] = []

    def count(phase: str, info: dict[str, int]) -> None:
        if phase == "start" and info["generation"] == 2:
            full.append(1)

    gc.set_threshold(10, 1, 1)  # a full collection at almost every young one, outside
    gc.callbacks.append(count)
    try:
        with rb.bulk():
            kept = [[[i]] for i in range(20_000)]  # tracked objects, kept
        assert not full
        more = [[[i]] for i in range(20_000)]
        assert full  # the same work outside the block does collect fully
    finally:
        gc.callbacks.remove(count)
    assert len(kept) == len(more)


def test_the_work_inside_gives_the_same_results() -> None:
    sample = rb.samples.probolinggo()
    with rb.bulk():
        inside = rb.validate(sample)
    assert inside == rb.validate(sample)


def test_a_road_map_and_its_reports_are_freed_without_the_collector() -> None:
    # No object of a road map refers back to it: dropped, it is freed at once, by
    # reference counting, not later by a full collection walking everything kept.
    import weakref

    import pendulum

    entry = rb.samples.synthetic_roadmap(3, rows=20)
    realizations = rb.from_dict(entry["realizations"], rb.Realizations)
    was = gc.isenabled()
    gc.disable()
    try:
        roadmap = rb.from_dict(entry["roadmap"], rb.RoadMap)
        report = rb.validate(roadmap)
        attained = rb.attain(roadmap, realizations, as_of=pendulum.date(2021, 1, 31))
        for entity in roadmap.entities():
            roadmap.parent_of(entity.id)
        for action in roadmap.actions():
            roadmap.resolve(action)
        refs = [weakref.ref(obj) for obj in (roadmap, report, attained)]
        del roadmap, report, attained, entity, action
        assert [ref() for ref in refs] == [None, None, None]
    finally:
        if was:
            gc.enable()


def test_the_road_map_is_its_own_entity_without_being_in_its_index() -> None:
    sample = rb.samples.probolinggo()
    assert sample[sample.id] is sample is sample.get(sample.id)
    assert sample.id in sample
    assert next(iter(sample.entities())) is sample
    assert sample.parent_of(sample.id) is None
    assert sample.parent_of(sample.areas[0].id) is sample
    assert sample.parent_of(sample.areas[0].actions[0].id) is sample.areas[0]
