"""Hypothesis strategies (*strategi Hypothesis*) for property-testing with rbroadmap.

Needs the ``hypothesis`` extra (``pip install rbroadmap[hypothesis]``); it is
not a runtime dependency of the library. Every strategy is named as the plural
of what it builds, takes keyword-only options, and builds values that are
realistic and valid by construction: road maps with unique ids, rows that share
the cells of earlier rows of their area, target years within the period,
responsible units mostly known to the registry, budgets in round rupiah and
texts that read like those of an Indonesian road map.

```python
from hypothesis import given
import rbroadmap as rb
from rbroadmap import strategies as rbst

@given(rbst.roadmaps(max_areas=3))
def test_my_dashboard_shows_every_action(roadmap):
    page = my_dashboard.render(roadmap)
    assert all(action.id in page for action in roadmap.actions())
```

Installing the extra also registers the strategies with Hypothesis, through
the ``hypothesis`` entry point group, so that ``st.from_type(rb.RoadMap)``,
``st.from_type(rb.Action)`` and so on build the same realistic objects, and
``st.builds`` fills fields of these types in your own classes.

Options that are values are documented as values (``period=Period(2018,
2022)``); options that are strategies are named and documented as strategies
(``periods=st.just(...)``). No option takes either. As with Hypothesis' own
strategies, an option that could never give a value (``periods(min_years=0)``,
``levels(max_value=150)``, ``rupiah_amounts(min_value=-5)``) is refused when the
strategy is built, with `hypothesis.errors.InvalidArgument` naming the strategy
and the option.

The strategies live in modules by what they build, all re-exported here:
`rbroadmap.strategies.values` (target values of every kind and amounts),
`~.notation` (values and amounts written as staff write them, and cells under
a unit column), `~.schedules` (target
schedules), `~.parts` (the parts of a road map), `~.roadmaps` and
`~.realisations`; `~.clean` draws road maps on which no rule finds anything,
and `~.mutations` breaks exactly one rule of them (`violating`).
"""

from __future__ import annotations

from typing import Any

# Hypothesis runs the hook of its entry point when it is first imported. When this
# module is what imports it first, that happens in the import just below, while
# this module is half-imported: so the hook is defined before that import, and
# then leaves the registration to the end of the module.
_EARLY: list[bool] = []


def _hypothesis_setup_hook() -> None:
    """Register the strategies for `st.from_type`; run by Hypothesis' entry point."""
    register = globals().get("_register_types")
    if register is None:  # this module is still being imported: its last line registers
        _EARLY.append(True)
        return
    register()


try:
    from hypothesis import strategies as st  # after the hook, on purpose
except ImportError as error:  # pragma: no cover - depends on the environment
    msg = (
        "rbroadmap.strategies needs Hypothesis: install it with 'pip install rbroadmap[hypothesis]'"
    )
    raise ImportError(msg) from error

from rbroadmap.model import (
    Achievement,
    Action,
    Activity,
    Area,
    Baseline,
    Goal,
    Indicator,
    Item,
    Objective,
    Period,
    PlanProgramme,
    PriorityService,
    Problem,
    Profile,
    Programme,
    QuickWin,
    Regulation,
    Result,
    RoadMap,
    Stage,
    SubActivity,
    Target,
    Team,
    TeamMember,
    Theme,
    Waiver,
    YearlyBudget,
)
from rbroadmap.strategies.clean import clean_roadmaps
from rbroadmap.strategies.mutations import violating
from rbroadmap.strategies.notation import notation_strings, rupiah_strings, unit_column_cells
from rbroadmap.strategies.parts import PROGRAMME_NAMES as PROGRAMME_NAMES
from rbroadmap.strategies.parts import UNIT_NAMES as UNIT_NAMES
from rbroadmap.strategies.parts import (
    achievements,
    actions,
    activities,
    areas,
    baselines,
    goals,
    indicators,
    items,
    objectives,
    periods,
    plan_programmes,
    priority_services,
    problems,
    profiles,
    programmes,
    quick_wins,
    regulations,
    responsible_units,
    results,
    stages,
    sub_activities,
    team_members,
    teams,
    themes,
    unit_groups,
    unit_registries,
    waivers,
    yearly_budgets,
)
from rbroadmap.strategies.realisations import realizations, realized_values
from rbroadmap.strategies.roadmaps import roadmaps
from rbroadmap.strategies.schedules import SEED_SHAPES as SEED_SHAPES
from rbroadmap.strategies.schedules import target_schedules
from rbroadmap.strategies.values import COUNT_UNITS as COUNT_UNITS
from rbroadmap.strategies.values import GRADED_SCALES as GRADED_SCALES
from rbroadmap.strategies.values import INDEXES as INDEXES
from rbroadmap.strategies.values import LEVEL_LABELS as LEVEL_LABELS
from rbroadmap.strategies.values import QUALIFIERS as QUALIFIERS
from rbroadmap.strategies.values import QUALITATIVE_TEXTS as QUALITATIVE_TEXTS
from rbroadmap.strategies.values import QUANTITY_UNITS as QUANTITY_UNITS
from rbroadmap.strategies.values import (
    VALUE_STRATEGIES,
    check_marks,
    count_units,
    counts,
    decimals,
    graded_scores,
    index_scores,
    levels,
    no_targets,
    not_availables,
    percentages,
    qualitatives,
    quantities,
    ranges,
    rupiah_amounts,
    target_values,
    thresholds,
)
from rbroadmap.units import ResponsibleUnit, UnitGroup, UnitRegistry

__all__ = [
    "achievements",
    "actions",
    "activities",
    "areas",
    "baselines",
    "check_marks",
    "clean_roadmaps",
    "count_units",
    "counts",
    "decimals",
    "goals",
    "graded_scores",
    "index_scores",
    "indicators",
    "items",
    "levels",
    "no_targets",
    "not_availables",
    "notation_strings",
    "objectives",
    "percentages",
    "periods",
    "plan_programmes",
    "priority_services",
    "problems",
    "profiles",
    "programmes",
    "qualitatives",
    "quantities",
    "quick_wins",
    "ranges",
    "realizations",
    "realized_values",
    "regulations",
    "responsible_units",
    "results",
    "roadmaps",
    "rupiah_amounts",
    "rupiah_strings",
    "stages",
    "sub_activities",
    "target_schedules",
    "target_values",
    "team_members",
    "teams",
    "themes",
    "thresholds",
    "unit_column_cells",
    "unit_groups",
    "unit_registries",
    "violating",
    "waivers",
    "yearly_budgets",
]


# -- st.from_type


def _register_types() -> None:
    """Register the strategies for `st.from_type` (see `_hypothesis_setup_hook`).

    ``st.from_type(RoadMap)`` builds small road maps (at most three areas of four
    rows each), so that it stays quick inside other strategies.
    """
    register: dict[type, st.SearchStrategy[Any]] = {
        RoadMap: roadmaps(max_areas=3, max_actions=4),
        Area: areas(),
        Action: actions(),
        PlanProgramme: plan_programmes(),
        Activity: activities(),
        SubActivity: sub_activities(),
        Problem: problems(),
        Result: results(),
        Goal: goals(),
        Item: items(),
        Target: target_schedules(),
        Programme: programmes(),
        Stage: stages(),
        Team: teams(),
        TeamMember: team_members(),
        PriorityService: priority_services(),
        QuickWin: quick_wins(),
        Achievement: achievements(),
        Indicator: indicators(),
        Baseline: baselines(),
        Objective: objectives(),
        Waiver: waivers(),
        Theme: themes(),
        Profile: profiles(),
        Regulation: regulations(),
        YearlyBudget: yearly_budgets(),
        Period: periods(),
        ResponsibleUnit: responsible_units(),
        UnitGroup: unit_groups(),
        UnitRegistry: unit_registries(),
        **{cls: strategy() for cls, strategy in VALUE_STRATEGIES.items()},
    }
    for cls, strategy in register.items():
        st.register_type_strategy(cls, strategy)


if _EARLY:  # Hypothesis was first imported by this module, and ran the hook too early
    _register_types()
