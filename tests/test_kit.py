"""The one-violation testing kit: clean road maps, and a mutator for every rule.

`clean_roadmaps` draws road maps on which `validate` finds nothing, and
`violating(code)` road maps on which it finds rule *code* and no other (but the
companions the rule cannot fire without, which the rule reference names). The
rules are the oracle: a finding on a clean road map is a bug in the kit or in the
rule, and a mutation whose finding lies elsewhere than its changes is a bug too.
"""

from __future__ import annotations

import json
import re

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

import rbroadmap as rb
from rbroadmap import strategies as rbst
from rbroadmap.rules.waivers import RULES as WAIVER_RULES
from rbroadmap.strategies import mutations

CODES = sorted({r.code for r in rb.rules.CATALOGUE} | {r.code for r in WAIVER_RULES})
PER_CODE = settings(max_examples=12, suppress_health_check=list(HealthCheck), deadline=None)


def test_every_rule_has_a_mutator() -> None:
    # a rule added without a mutator fails here: write one in strategies/mutations/
    assert sorted(mutations.MUTATORS) == CODES


def test_clean_roadmaps_are_many_and_have_no_finding() -> None:
    seen: set[str] = set()
    sets: set[str | None] = set()

    @settings(max_examples=300, suppress_health_check=list(HealthCheck), deadline=None)
    @given(rbst.clean_roadmaps())
    def check(roadmap: rb.RoadMap) -> None:
        report = rb.validate(roadmap)
        assert report.findings == (), [(f.code, f.path) for f in report.findings]
        seen.add(json.dumps(rb.to_dict(roadmap), sort_keys=True))
        sets.add(roadmap.area_set)

    check()
    assert len(seen) >= 250
    assert sets == set(rb.AREA_SETS)


@pytest.mark.parametrize("code", CODES)
def test_a_mutation_breaks_its_rule_and_no_other(code: str) -> None:
    @PER_CODE
    @given(mutations.mutations(code))
    def check(mutation: mutations.Mutation) -> None:
        report = rb.validate(mutation.roadmap, as_of=mutation.as_of)
        found = set(report.codes())
        assert code in found
        assert found <= {code} | mutation.companions, found
        # every finding of the rule lies in an entity the mutation changed, or is
        # about the road map as a whole
        holders = {c.path.rsplit(".", 1)[0] for c in mutation.changes}
        for finding in report.by_rule()[code]:
            assert finding.path == "$" or any(finding.path.startswith(h) for h in holders)

    check()


@settings(max_examples=5, suppress_health_check=list(HealthCheck), deadline=None)
@given(rbst.clean_roadmaps(), st.sampled_from(CODES))
def test_mutate_is_repeatable_and_says_what_it_changed(roadmap: rb.RoadMap, code: str) -> None:
    mutator = mutations.MUTATORS[code]
    if mutator.area_sets and roadmap.area_set not in mutator.area_sets:
        return
    if len(roadmap.period) < mutator.min_years:
        return
    mutation = mutations.mutate(roadmap, code)
    assert mutation == mutations.mutate(roadmap, code)
    assert mutation.code == code
    assert mutation.roadmap != roadmap
    assert mutation.changes
    for change in mutation.changes:
        assert change.path.startswith("$.")
        assert change.old != change.new


def test_violating_gives_road_maps_of_its_mutations() -> None:
    @settings(max_examples=5, suppress_health_check=list(HealthCheck), deadline=None)
    @given(rbst.violating("RB401"))
    def check(roadmap: rb.RoadMap) -> None:
        assert rb.validate(roadmap).codes() == ("RB401",)

    check()


@settings(max_examples=3, deadline=None)
@given(rbst.clean_roadmaps(area_sets=["permenpanrb-11-2015"]))
def test_a_road_map_that_cannot_take_the_defect_is_refused(roadmap: rb.RoadMap) -> None:
    # the themes of RB Tematik exist from the 2023 area set on
    with pytest.raises(InvalidArgument, match="permenpanrb-3-2023"):
        mutations.mutate(roadmap, "RB116")


def test_a_road_map_without_the_part_to_break_is_refused() -> None:
    bare = attrs.evolve(rb.samples.probolinggo(), stages=())
    with pytest.raises(InvalidArgument, match="no place for the defect"):
        mutations.mutate(bare, "RB708")


def test_the_module_example_runs() -> None:
    assert mutations.__doc__ is not None
    (example,) = re.findall(r"```python\n(.*?)```", mutations.__doc__, flags=re.S)
    exec(compile(example, "mutations example", "exec"), {})


def test_a_cell_in_an_absent_column_is_named_with_its_article() -> None:
    mutation = mutations.example("RB118")
    (first_finding, *_) = rb.validate(mutation.roadmap, lang="en").by_rule()["RB118"]
    assert "holds an expected condition cell" in first_finding.message


def test_an_unknown_code_is_refused() -> None:
    with pytest.raises(InvalidArgument, match="RB999"):
        mutations.mutate(rb.samples.probolinggo(), "RB999")
