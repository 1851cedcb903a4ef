"""rbroadmap: Indonesian bureaucratic-reform road maps (*Road Map Reformasi Birokrasi*).

A pure domain library: the model of a road map, the Indonesian notation of its
values, and (in later modules) the rules that find its inconsistencies and the
calculator of its attainment. It does no I/O: no files, no network, no
environment, no clock. Time is always passed in.

>>> import rbroadmap as rb
>>> rb.parse_value("39 OPD")
Count(value=39, unit='OPD', qualifier=None)
>>> rb.format_rupiah(rb.parse_rupiah("150.000.000,-"))
'Rp150.000.000'
"""

from rbroadmap import converters, scales
from rbroadmap.areasets import AREA_SETS, AreaSet, StandardArea
from rbroadmap.errors import (
    DataError,
    ErrorDetail,
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
    Area,
    Comparison,
    Goal,
    Indicator,
    Item,
    Period,
    PriorityService,
    Problem,
    Programme,
    QuickWin,
    ResolvedAction,
    Result,
    RoadMap,
    Role,
    Stage,
    Target,
    Team,
    TeamMember,
    Waiver,
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
from rbroadmap.serialisation import from_dict, from_json, to_dict, to_json
from rbroadmap.units import ResponsibleUnit, UnitGroup, UnitRegistry
from rbroadmap.values import (
    NO_TARGET,
    Count,
    IndexScore,
    Level,
    NoTarget,
    Percentage,
    Qualitative,
    Range,
    TargetValue,
)

__all__ = [
    "AREA_SETS",
    "NO_TARGET",
    "Achievement",
    "Action",
    "Area",
    "AreaSet",
    "Comparison",
    "Count",
    "DataError",
    "Direction",
    "ErrorDetail",
    "Goal",
    "IndexScore",
    "Indicator",
    "Item",
    "Level",
    "Message",
    "ModelError",
    "ModelTypeError",
    "NoTarget",
    "NotationError",
    "Percentage",
    "Period",
    "PriorityService",
    "Problem",
    "Programme",
    "Qualitative",
    "QuickWin",
    "Range",
    "ResolvedAction",
    "ResponsibleUnit",
    "Result",
    "RoadMap",
    "RoadmapError",
    "Role",
    "Shape",
    "Stage",
    "StandardArea",
    "Target",
    "TargetValue",
    "Team",
    "TeamMember",
    "UnitGroup",
    "UnitRegistry",
    "UnknownIdError",
    "Waiver",
    "converters",
    "format_number",
    "format_rupiah",
    "format_value",
    "from_dict",
    "from_json",
    "parse_number",
    "parse_rupiah",
    "parse_value",
    "scales",
    "to_dict",
    "to_json",
]

__version__ = "0.1.0.dev0"
