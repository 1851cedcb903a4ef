"""Mutations (*mutasi*): a clean road map with exactly one named defect.

Each built-in rule has a mutator, registered by the rule's code in `MUTATORS`.
`mutate` introduces the defect one rule finds into a road map drawn clean
(`rbroadmap.strategies.clean_roadmaps`), and says which cells it changed, with
the entity id and the JSON path `rbroadmap.Finding` reports, so that a test of
an application can check that its own screen points at the same place as the
finding. `mutations` and `violating` are the strategies of such road maps.

```python
import rbroadmap as rb
from hypothesis import given, settings
from rbroadmap import strategies as rbst
from rbroadmap.strategies import mutations

@settings(max_examples=20)
@given(rbst.clean_roadmaps())
def test_the_finding_points_at_the_changed_cell(roadmap):
    mutation = mutations.mutate(roadmap, "RB401")
    report = rb.validate(mutation.roadmap)
    assert report.codes() == ("RB401",)
    changed = [change.path for change in mutation.changes]
    assert all(any(f.path.startswith(p) for p in changed) for f in report)

test_the_finding_points_at_the_changed_cell()
```

The defects are minimal: a clean road map changed in the fewest cells that make
the rule fire and no other. A few rules cannot fire alone; their mutation names
the rules that may fire with them (`Mutation.companions`), and the rule reference
says so. Waiver rules need ``as_of`` (`Mutation.as_of`) for an expired waiver.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import Any

from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from rbroadmap.model import RoadMap
from rbroadmap.strategies.clean import clean_roadmaps
from rbroadmap.strategies.mutations import (  # noqa: F401 - they register their mutators
    budgets,
    claims,
    organisation,
    structure,
    targets,
    texts,
    units,
    waivers,
)
from rbroadmap.strategies.mutations._core import (
    MUTATORS,
    Change,
    Editor,
    Mutation,
    Mutator,
    Pick,
    first,
)
from rbroadmap.strategies.mutations._examples import example, reference_examples

__all__ = [
    "MUTATORS",
    "Change",
    "Mutation",
    "Mutator",
    "Pick",
    "example",
    "first",
    "mutate",
    "mutations",
    "reference_examples",
    "violating",
]


def _mutator(function: str, code: object) -> Mutator:
    found = MUTATORS.get(code) if isinstance(code, str) else None
    if found is None:
        raise InvalidArgument(
            f"{function}(code={code!r}): expected the code of a built-in rule with a mutator "
            f"({', '.join(sorted(MUTATORS))})"
        )
    return found


def mutate(roadmap: RoadMap, code: str, *, pick: Pick = first) -> Mutation:
    """Return *roadmap* with the defect rule *code* finds (*mutasi satu cacat*).

    Args:
        roadmap: A clean road map (`rbroadmap.strategies.clean_roadmaps`); on a
            road map with findings of its own, the rule's finding is added to them.
        code: The code of a built-in rule (``"RB401"``).
        pick: Chooses where the defect goes, given the candidates in document
            order; by default the first (`first`), so that a mutation is repeatable.

    Raises:
        InvalidArgument: If *code* is not the code of a built-in rule, or the
            mutator of *code* needs a part *roadmap* does not have (the themes of
            *RB Tematik* of a 2023 area set, a stage, a second row).
    """
    found = _mutator("mutate", code)
    _check_base("mutate", found, roadmap)
    editor = Editor(roadmap)
    try:
        found.apply(editor, pick)
    except (IndexError, StopIteration) as error:
        raise InvalidArgument(
            f"mutate(code={code!r}): the road map {roadmap.id!r} has no place for the defect "
            f"({found.description.english}); break a road map of clean_roadmaps()"
        ) from error
    return Mutation(
        code=found.code,
        roadmap=editor.roadmap,
        changes=tuple(editor.changes),
        description=found.description,
        as_of=found.as_of,
        companions=found.companions,
    )


def mutations(
    code: str, *, base: st.SearchStrategy[RoadMap] | None = None
) -> st.SearchStrategy[Mutation]:
    """Mutations (*mutasi*) of road maps drawn from *base* that break rule *code*.

    Args:
        code: The code of a built-in rule.
        base: The strategy of the road maps to break; by default `clean_roadmaps`
            (over the area sets the rule needs). Its road maps should be clean.

    Raises:
        InvalidArgument: If *code* is not the code of a built-in rule, or *base*
            is not a strategy.
    """
    return _checked("mutations", code, base)


def _checked(
    function: str, code: object, base: st.SearchStrategy[RoadMap] | None
) -> st.SearchStrategy[Mutation]:
    found = _mutator(function, code)
    if base is not None and not isinstance(base, st.SearchStrategy):
        raise InvalidArgument(f"{function}(base={base!r}): expected a strategy of road maps")
    return _mutations(function, found.code, base)


@functools.cache
def _default_base(code: str) -> st.SearchStrategy[RoadMap]:
    found = MUTATORS[code]
    if found.area_sets:
        return clean_roadmaps(area_sets=found.area_sets, min_years=found.min_years)
    return clean_roadmaps(min_years=found.min_years)


def _check_base(function: str, found: Mutator, roadmap: RoadMap) -> None:
    """Refuse a road map the mutator of *found* cannot break."""
    if found.area_sets and roadmap.area_set not in found.area_sets:
        raise InvalidArgument(
            f"{function}(code={found.code!r}): the rule needs a road map following "
            f"{' or '.join(found.area_sets)}, not {roadmap.area_set!r}"
        )
    if len(roadmap.period) < found.min_years:
        raise InvalidArgument(
            f"{function}(code={found.code!r}): the rule needs a period of {found.min_years} "
            f"years or more, not {roadmap.period}"
        )


def _mutations(
    function: str, code: str, base: st.SearchStrategy[RoadMap] | None
) -> st.SearchStrategy[Mutation]:
    found = MUTATORS[code]
    chosen = _default_base(code) if base is None else base

    @st.composite
    def draw_mutation(draw: st.DrawFn) -> Mutation:
        roadmap = draw(chosen)
        if not isinstance(roadmap, RoadMap):
            raise InvalidArgument(
                f"{function}(base=...): the strategy gave {roadmap!r}, not a RoadMap"
            )

        def pick(options: Sequence[Any]) -> Any:
            return options[draw(st.integers(0, len(options) - 1))]

        _check_base(function, found, roadmap)
        return mutate(roadmap, code, pick=pick)

    return draw_mutation()


def violating(
    code: str, *, base: st.SearchStrategy[RoadMap] | None = None
) -> st.SearchStrategy[RoadMap]:
    """Road maps (*road map dengan satu cacat*) that break exactly rule *code*.

    `rbroadmap.validate` reports one finding of *code* or more on them, and no
    finding of any other rule but the rule's companions (`Mutation.companions`,
    for the few rules that cannot fire alone). ``violating("RB001")`` needs
    ``as_of`` (`Mutation.as_of`: ``MUTATORS["RB001"].as_of``) for its waiver to
    be judged expired. To know which cells were changed, draw from `mutations`.

    Args:
        code: The code of a built-in rule (``"RB401"``).
        base: The strategy of the road maps to break; by default `clean_roadmaps`.

    Raises:
        InvalidArgument: If *code* is not the code of a built-in rule, or *base*
            is not a strategy.
    """
    return _checked("violating", code, base).map(lambda mutation: mutation.roadmap)
