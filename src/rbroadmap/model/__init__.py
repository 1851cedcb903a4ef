"""The domain model (*model domain*) of a bureaucratic-reform road map.

A road map (*Road Map Reformasi Birokrasi*) says, per area of change, which
problems exist, which actions fix them, the result of each action, the
expected condition, a target for every year, the programme, the estimated
annual budget and the responsible units. This module holds it as written:

* `RoadMap`: the whole document, with its period, the standard set of areas
  it follows, its programmes, units, teams, stages and priorities.
* `Area`: one area of change, with its improvement items (3.1.1), goals
  (Table 3.1) and its rows of the action plan (Table 3.2), directly or
  grouped under the programmes, activities and sub-activities of a plan
  hierarchy (`PlanProgramme`, `Activity`, `SubActivity`).
* `Action`: one row of the action plan: the problems it addresses, the action,
  its `Result`, the expected condition, a `Target` per year, the programme,
  the estimated annual budget and the responsible units.

Every class is immutable (frozen, slotted attrs classes with keyword-only
fields and tuples); change one with `attrs.evolve`. Every addressable entity
has a stable, human-readable id, unique in its road map, so that rule findings
and realised values can point at it.

**Merged cells.** Printed action plans merge cells: one result, one target
schedule and one budget may cover several problem/action rows, and a blank
programme or unit cell continues the row above. An action states this with
``shares``: the id of the row whose cells cover its blank ones. Its own cells
always win; `RoadMap.resolve` gives the row with the covered cells filled in.
A budget or a target reached through ``shares`` is the same money and the
same target, counted once, at the row that holds it.

What a constructor refuses is what makes an object meaningless: a wrong type,
a negative budget, a target year outside the period, two entities with one
id. Whether the parts agree with each other (do targets rise, is a unit known,
is a programme declared) is for `rbroadmap.validate` to report.

The model is a package with one module per concept, all re-exported here:
`rbroadmap.model.parts` (list items, goals, problems, results, the period),
`~.yearly` (`Yearly` series, `Target` and `YearlyBudget`), `~.action`,
`~.plan` (the plan hierarchy: programmes, activities and sub-activities),
`~.area`, `~.themes` (the themes of *RB Tematik*), `~.indicators` (indicators
with their baselines and yearly targets), `~.objectives` (the objectives of
goal tables), `~.programme`,
`~.organisation` (stages and teams), `~.priorities` (priority services, quick
wins, achievements and their indicators), `~.waiver`, `~.profile` (which
columns the action plan has), `~.regulation` (the regulation a road map cites
or amends), `~.roadmap`,
`~.structure` (the table of what contains what) and `~.display` (notebook
displays). Import the names from here (``from rbroadmap.model import
Action``) or from `rbroadmap`; pickles made when the model was one module still
load.
"""

from __future__ import annotations

from rbroadmap.model.action import Action, BudgetForm, ResolvedAction
from rbroadmap.model.area import Area
from rbroadmap.model.indicators import Baseline, Indicator
from rbroadmap.model.objectives import Objective
from rbroadmap.model.organisation import Role, Stage, Team, TeamMember
from rbroadmap.model.parts import Goal, Item, Period, Problem, Result
from rbroadmap.model.plan import Activity, PlanLevel, PlanProgramme, SubActivity
from rbroadmap.model.priorities import (
    Achievement,
    Comparison,
    PriorityService,
    QuickWin,
)
from rbroadmap.model.profile import Column, Profile
from rbroadmap.model.programme import Programme
from rbroadmap.model.regulation import Regulation
from rbroadmap.model.roadmap import Entity, RoadMap
from rbroadmap.model.themes import Theme
from rbroadmap.model.waiver import Waiver
from rbroadmap.model.yearly import Target, Yearly, YearlyBudget

__all__ = [
    "Achievement",
    "Action",
    "Activity",
    "Area",
    "Baseline",
    "BudgetForm",
    "Column",
    "Comparison",
    "Entity",
    "Goal",
    "Indicator",
    "Item",
    "Objective",
    "Period",
    "PlanLevel",
    "PlanProgramme",
    "PriorityService",
    "Problem",
    "Profile",
    "Programme",
    "QuickWin",
    "Regulation",
    "ResolvedAction",
    "Result",
    "RoadMap",
    "Role",
    "Stage",
    "SubActivity",
    "Target",
    "Team",
    "TeamMember",
    "Theme",
    "Waiver",
    "Yearly",
    "YearlyBudget",
]
