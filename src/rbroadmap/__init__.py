"""rbroadmap: Indonesian bureaucratic-reform road maps (*Road Map Reformasi Birokrasi*).

A pure domain library: the model of a road map as its authors wrote it, the
Indonesian notation of its values, the rules that find its inconsistencies
(`validate`), the calculator of its attainment (`attain`) and the regulation
scales (`scales`). It does no I/O: no files, no network, no environment, no
clock. Time is always passed in.

>>> import rbroadmap as rb
>>> rb.parse_value("39 OPD")
Count(value=39, unit='OPD', qualifier=None)
>>> rb.format_rupiah(rb.parse_rupiah("150.000.000,-"))
'Rp150.000.000'
>>> rb.validate(rb.samples.probolinggo()).has_errors
True
"""

import importlib
from typing import TYPE_CHECKING, Any, Final

from rbroadmap.errors import (
    DataError,
    ErrorDetail,
    IntegrityError,
    ModelError,
    ModelTypeError,
    NotationError,
    RoadmapError,
    UnknownIdError,
)
from rbroadmap.messages import Message
from rbroadmap.model import (
    Achievement,
    Action,
    Activity,
    Area,
    Baseline,
    BudgetForm,
    Column,
    Comparison,
    Goal,
    Indicator,
    Item,
    Objective,
    Period,
    PlanLevel,
    PlanProgramme,
    PriorityService,
    Problem,
    Profile,
    Programme,
    QuickWin,
    Regulation,
    ResolvedAction,
    Result,
    RoadMap,
    Role,
    Stage,
    SubActivity,
    Target,
    Team,
    TeamMember,
    Theme,
    Waiver,
    YearlyBudget,
)
from rbroadmap.notation import (
    format_number,
    format_rupiah,
    format_value,
    parse_number,
    parse_rupiah,
    parse_value,
)
from rbroadmap.schedule import Direction, Shape
from rbroadmap.units import ResponsibleUnit, UnitGroup, UnitRegistry
from rbroadmap.values import (
    CHECK_MARK,
    NO_TARGET,
    NOT_AVAILABLE,
    CheckMark,
    Count,
    Graded,
    IndexScore,
    Level,
    NoTarget,
    NotAvailable,
    Percentage,
    Qualitative,
    Quantity,
    Range,
    TargetValue,
    Threshold,
)

if TYPE_CHECKING:  # imported on first use, see __getattr__ below
    from rbroadmap import attainment, converters, rules, samples, scales, tables
    from rbroadmap.areasets import AREA_SETS, AreaSet, StandardArea
    from rbroadmap.attainment import (
        DEFAULT_BANDS,
        Attainment,
        AttainmentReport,
        Band,
        BandTable,
        Dimension,
        LowerIsBetter,
        Outlook,
        Proration,
        Realization,
        RealizationError,
        Realizations,
        RollUp,
        RollUpMethod,
        TargetAttainment,
        Verdict,
        attain,
    )
    from rbroadmap.budget import BudgetSummary, budget_summary
    from rbroadmap.collector import bulk
    from rbroadmap.revisions import Change, ChangeKind, Diff, diff
    from rbroadmap.rules import Finding, Report, Rule, Severity, validate
    from rbroadmap.serialisation import from_dict, from_json, to_dict, to_json

# The model, its values, the regulation scales they are graded on and their notation
# load with the package. The rules, the attainment calculator, the converter (and with
# it cattrs), the area sets, the comparison of revisions and the samples load on first
# use: `import rbroadmap` stays about as quick as importing attrs and pendulum, and a
# program that only reads a road map never pays for the rules. Each name below is looked
# up in its module once, then kept.
#
# This table, the imports for type checkers above and __all__ below name the same
# names (type checkers read only import statements and a literal __all__); a test
# checks that they agree.
_LAZY_MODULES: Final[dict[str, tuple[str, ...]]] = {
    "rbroadmap.areasets": ("AREA_SETS", "AreaSet", "StandardArea"),
    "rbroadmap.attainment": (
        "DEFAULT_BANDS",
        "Attainment",
        "AttainmentReport",
        "Band",
        "BandTable",
        "Dimension",
        "LowerIsBetter",
        "Outlook",
        "Proration",
        "Realization",
        "RealizationError",
        "Realizations",
        "RollUp",
        "RollUpMethod",
        "TargetAttainment",
        "Verdict",
        "attain",
    ),
    "rbroadmap.budget": ("BudgetSummary", "budget_summary"),
    "rbroadmap.collector": ("bulk",),
    "rbroadmap.revisions": ("Change", "ChangeKind", "Diff", "diff"),
    "rbroadmap.rules": ("Finding", "Report", "Rule", "Severity", "validate"),
    "rbroadmap.serialisation": ("from_dict", "from_json", "to_dict", "to_json"),
}
"""The names loaded on first use, by the module that holds them."""

_SUBMODULES: Final = ("attainment", "converters", "rules", "samples", "scales", "tables")
"""The modules loaded on first use as attributes of the package (``rb.rules``)."""

_LAZY: Final[dict[str, str]] = {
    **dict.fromkeys(_SUBMODULES, ""),
    **{name: module for module, names in _LAZY_MODULES.items() for name in names},
}


def __getattr__(name: str) -> Any:
    """Load a public name of a module imported on first use (PEP 562)."""
    module = _LAZY.get(name)
    if module is None:
        msg = f"module 'rbroadmap' has no attribute {name!r}"
        raise AttributeError(msg)
    if module:
        value = getattr(importlib.import_module(module), name)
    else:
        value = importlib.import_module(f"rbroadmap.{name}")
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})


__all__ = [
    "AREA_SETS",
    "CHECK_MARK",
    "DEFAULT_BANDS",
    "NOT_AVAILABLE",
    "NO_TARGET",
    "Achievement",
    "Action",
    "Activity",
    "Area",
    "AreaSet",
    "Attainment",
    "AttainmentReport",
    "Band",
    "BandTable",
    "Baseline",
    "BudgetForm",
    "BudgetSummary",
    "Change",
    "ChangeKind",
    "CheckMark",
    "Column",
    "Comparison",
    "Count",
    "DataError",
    "Diff",
    "Dimension",
    "Direction",
    "ErrorDetail",
    "Finding",
    "Goal",
    "Graded",
    "IndexScore",
    "Indicator",
    "IntegrityError",
    "Item",
    "Level",
    "LowerIsBetter",
    "Message",
    "ModelError",
    "ModelTypeError",
    "NoTarget",
    "NotAvailable",
    "NotationError",
    "Objective",
    "Outlook",
    "Percentage",
    "Period",
    "PlanLevel",
    "PlanProgramme",
    "PriorityService",
    "Problem",
    "Profile",
    "Programme",
    "Proration",
    "Qualitative",
    "Quantity",
    "QuickWin",
    "Range",
    "Realization",
    "RealizationError",
    "Realizations",
    "Regulation",
    "Report",
    "ResolvedAction",
    "ResponsibleUnit",
    "Result",
    "RoadMap",
    "RoadmapError",
    "Role",
    "RollUp",
    "RollUpMethod",
    "Rule",
    "Severity",
    "Shape",
    "Stage",
    "StandardArea",
    "SubActivity",
    "Target",
    "TargetAttainment",
    "TargetValue",
    "Team",
    "TeamMember",
    "Theme",
    "Threshold",
    "UnitGroup",
    "UnitRegistry",
    "UnknownIdError",
    "Verdict",
    "Waiver",
    "YearlyBudget",
    "attain",
    "attainment",
    "budget_summary",
    "bulk",
    "converters",
    "diff",
    "format_number",
    "format_rupiah",
    "format_value",
    "from_dict",
    "from_json",
    "parse_number",
    "parse_rupiah",
    "parse_value",
    "rules",
    "samples",
    "scales",
    "tables",
    "to_dict",
    "to_json",
    "validate",
]

__version__ = "0.1.0.dev0"
