"""Converter (*pengubah*): road maps to plain data and back, with cattrs.

rbroadmap turns its objects into plain data (dicts, lists, text, whole
numbers and ``None``) and back with a `cattrs.Converter` of its own, never
cattrs' global converter. `make_converter` builds a fresh one, configured by
`configure_converter`, in the manner of cattrs' ``preconf`` converters.
Applications extend it with hooks for their own classes and pass it to
`rbroadmap.from_dict` and friends:

```python
import attrs
import pendulum
import rbroadmap as rb
from rbroadmap.converters import make_converter

@attrs.frozen
class Submission:
    roadmap_id: str
    received: pendulum.DateTime
    budget_cells: tuple[int, ...] = ()

converter = make_converter()          # a converter of your own to extend
data = {"roadmap_id": "kota-contoh", "received": "2020-12-31T09:00:00+07:00"}
submission = rb.from_dict(data, Submission, converter=converter)
assert submission.received == pendulum.datetime(2020, 12, 31, 2, tz="UTC")
```

What the converter does, type by type (the page *Document format* shows a
complete document):

* Classes of the model: an object whose keys are the field names
  (``"expected_condition"``); fields left at their default are not written;
  unknown keys are refused; private fields are never written.
* `rbroadmap.RoadMap`: as above, with ``"format_version": 2`` first. A document
  of an older version is brought up to the newest one step at a time
  (`MIGRATIONS`) and read as it always was (a key the newer version added is
  refused in it, saying which version has it); one of a version rbroadmap does
  not know is refused, naming the versions supported.
* `rbroadmap.Target`: an object keyed by year, ``{"2018": "25%", "2019":
  "35%"}``, with ``"direction"``, ``"shape"``, ``"unit"``, ``"quarters"``,
  ``"lower_is_better"`` and ``"cap"`` beside the years when they are not the
  default.
* Target values in a document: their canonical notation (``"79,30%"``,
  ``"39 OPD Dan masyarakat"``, ``"-"``). Read from notation or from a
  structured form such as ``{"kind": "percentage", "value": "79.30"}``. A value
  on its own (``to_dict(rb.Percentage(25))``) is written in structured form.
* Budgets (``Action.budget``, ``Action.budget_total``): whole rupiah as a
  JSON integer; read from an integer or from rupiah notation
  (``"150.000.000,-"``). `rbroadmap.model.YearlyBudget`
  (``Action.budget_per_year``): an object keyed by year, ``{"2022":
  100000000}``, each amount read as a budget is.
* Exact numbers: `decimal.Decimal` as text with a dot (``"79.30"``), every
  digit kept. Binary floats are refused wherever an exact number is expected.
* Enumerations: their value (``"higher"``, ``"cumulative"``, ``"chair"``).
* Dates: `pendulum.Date` as ISO 8601 ``"2020-12-31"``; read back as
  `pendulum.Date`, also where a field says `datetime.date`.
* Date-times: `pendulum.DateTime` as ISO 8601 with its UTC offset, exactly as
  held (``"2020-12-31T09:00:00+07:00"``); read back as `pendulum.DateTime` with
  that fixed offset, equal to the original instant. A named zone such as
  ``Asia/Jakarta`` is written as its offset at that instant: rbroadmap never
  looks zones up. Naive date-times (without an offset) are refused both ways,
  because rbroadmap never assumes a time zone.
* Lists: JSON arrays (a string is never read as a list of characters).

The converter is strict: text is never read as a number, nor a number as
text. Hooks raise cattrs' validation errors, so `cattrs.transform_error` works
on them; `rbroadmap.from_dict` turns them into a `rbroadmap.DataError` with a
JSON path and a bilingual message for every problem.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date, datetime
from decimal import Decimal
from typing import Any

import attrs
import cattrs
import pendulum

from rbroadmap.attainment.realizations import Realizations
from rbroadmap.converters._basic import (
    _collection_hook,
    _enum_hook,
    _is_collection,
    _is_optional,
    _optional_hook,
    _structure_bool,
    _structure_date,
    _structure_datetime,
    _structure_decimal,
    _structure_float,
    _structure_int,
    _structure_str,
    _unstructure_date,
    _unstructure_datetime,
    _unstructure_decimal,
    _unstructure_enum,
    _unstructure_unordered,
)
from rbroadmap.converters._describe import (
    _VALUE_NAMES,
    InvalidValueError,
    _is_enum,
    _is_value_union,
    describe_type,
)
from rbroadmap.converters._documents import (
    FORMAT_VERSION,
    SUPPORTED_FORMAT_VERSIONS,
    _attrs_structure_hook,
    _attrs_unstructure_hook,
    _realizations_structure_hook,
    _roadmap_structure_hook,
    _roadmap_unstructure_hook,
)
from rbroadmap.converters._migrations import MIGRATIONS
from rbroadmap.converters._values import (
    _is_realized_value,
    _realized_value_hooks,
    _structure_baseline,
    _structure_target,
    _structure_yearly_budget,
    _unstructure_baseline,
    _unstructure_target,
    _unstructure_yearly_budget,
    _value_form,
    _value_hook,
    _value_union_structure_hook,
    _value_union_unstructure_hook,
    indicator_cells,
)
from rbroadmap.model import Baseline, Indicator, RoadMap, Target, YearlyBudget

__all__ = [
    "FORMAT_VERSION",
    "MIGRATIONS",
    "SUPPORTED_FORMAT_VERSIONS",
    "InvalidValueError",
    "configure_converter",
    "describe_type",
    "make_converter",
]


# -- the converter


def configure_converter(converter: cattrs.Converter) -> None:
    """Register rbroadmap's hooks on *converter* (*atur pengubah*).

    Simple types first, then collections, target values, targets, budgets and
    the classes of the model, in the manner of cattrs' ``preconf`` modules.
    Hooks registered afterwards take precedence, so an application may still
    override any of them.

    Args:
        converter: A `cattrs.Converter`; `make_converter` gives one configured
            for rbroadmap's documents.
    """
    converter.register_structure_hook(str, _structure_str)
    converter.register_structure_hook(int, _structure_int)
    converter.register_structure_hook(bool, _structure_bool)
    converter.register_structure_hook(float, _structure_float)
    converter.register_structure_hook(Decimal, _structure_decimal)
    converter.register_unstructure_hook(Decimal, _unstructure_decimal)
    for date_type in (date, pendulum.Date):
        converter.register_structure_hook(date_type, _structure_date)
        converter.register_unstructure_hook(date_type, _unstructure_date)
    for datetime_type in (datetime, pendulum.DateTime):
        converter.register_structure_hook(datetime_type, _structure_datetime)
        converter.register_unstructure_hook(datetime_type, _unstructure_datetime)
    converter.register_structure_hook_factory(_is_enum, _enum_hook)
    converter.register_unstructure_hook_factory(_is_enum, lambda _: _unstructure_enum)
    converter.register_structure_hook_factory(_is_collection, _collection_hook)
    converter.register_structure_hook_factory(_is_optional, _optional_hook)
    converter.register_unstructure_hook(frozenset, _unstructure_unordered)
    converter.register_unstructure_hook(set, _unstructure_unordered)

    converter.register_structure_hook_factory(attrs.has, _attrs_structure_hook)
    converter.register_unstructure_hook_factory(attrs.has, _attrs_unstructure_hook)

    for cls in _VALUE_NAMES:
        converter.register_structure_hook(cls, _value_hook(cls))
        converter.register_unstructure_hook(cls, _value_form)
    converter.register_structure_hook_factory(_is_value_union, _value_union_structure_hook)
    converter.register_unstructure_hook_factory(_is_value_union, _value_union_unstructure_hook)
    read_realized, write_realized = _realized_value_hooks()
    converter.register_structure_hook_func(_is_realized_value, read_realized)
    converter.register_unstructure_hook_func(_is_realized_value, write_realized)

    converter.register_structure_hook(Target, _structure_target)
    converter.register_unstructure_hook(Target, _unstructure_target)
    converter.register_structure_hook(YearlyBudget, _structure_yearly_budget)
    converter.register_unstructure_hook(YearlyBudget, _unstructure_yearly_budget)
    converter.register_structure_hook(Baseline, _structure_baseline)
    converter.register_unstructure_hook(Baseline, _unstructure_baseline)
    # The hooks of whole documents are generated on their first use, not here: the code
    # cattrs generates for a road map and every class it holds takes longer to make than
    # to read a road map, and a program that only reads never needs the writing half.
    converter.register_structure_hook(
        Realizations, _on_first_use(_realizations_structure_hook, converter)
    )
    converter.register_structure_hook(
        Indicator, _on_first_use(_indicator_structure_hook, converter)
    )
    converter.register_unstructure_hook(
        Indicator, _on_first_use(_indicator_unstructure_hook, converter)
    )
    converter.register_structure_hook(RoadMap, _on_first_use(_roadmap_structure_hook, converter))
    converter.register_unstructure_hook(
        RoadMap, _on_first_use(_roadmap_unstructure_hook, converter)
    )


def _on_first_use(
    make: Callable[[cattrs.Converter], Callable[..., Any]], converter: cattrs.Converter
) -> Callable[..., Any]:
    """The hook that *make* makes for *converter*, made when it is first called, then kept."""
    made: list[Callable[..., Any]] = []

    def hook(*args: Any) -> Any:
        if not made:
            made.append(make(converter))
        return made[0](*args)

    return hook


def _indicator_structure_hook(converter: cattrs.Converter) -> Callable[[object, type], Any]:
    """Read an indicator, its bare numbers in its unit (Satuan), its targets' unit column too."""
    structure = _attrs_structure_hook(Indicator, converter)

    def hook(value: object, cls: type) -> Any:
        if isinstance(value, Mapping):
            value = indicator_cells(value)
        return structure(value, cls)

    return hook


def _indicator_unstructure_hook(converter: cattrs.Converter) -> Callable[[Any], Any]:
    """Write an indicator, its targets' unit column left to the indicator's own unit."""
    unstructure = _attrs_unstructure_hook(Indicator, converter)

    def hook(indicator: Indicator) -> Any:
        data = unstructure(indicator)
        targets = data.get("targets")
        if isinstance(targets, dict) and indicator.unit is not None:
            data["targets"] = {k: v for k, v in targets.items() if k != "unit"}
        return data

    return hook


def make_converter(**kwargs: Any) -> cattrs.Converter:
    """Build a fresh converter for rbroadmap's documents (*buat pengubah*).

    Each call returns a new `cattrs.Converter`, configured by
    `configure_converter`, so that an application can register hooks for its
    own classes without touching anyone else's converter (nor cattrs' global
    one). Pass it to `rbroadmap.from_dict` and friends as ``converter=``.

    Args:
        **kwargs: Passed to `cattrs.Converter`. The defaults are
            ``detailed_validation=True`` (every problem is reported),
            ``forbid_extra_keys=True`` (unknown keys are refused) and
            ``omit_if_default=True`` (fields at their default are not written).

    >>> import rbroadmap as rb
    >>> converter = make_converter()
    >>> converter.unstructure(rb.Problem(id="p1", text="Belum optimal"))
    {'id': 'p1', 'text': 'Belum optimal'}
    >>> converter.unstructure(rb.Target.of(2018, "25%", "-"))
    {'2018': '25%', '2019': '-'}
    """
    kwargs.setdefault("detailed_validation", True)
    kwargs.setdefault("forbid_extra_keys", True)
    kwargs.setdefault("omit_if_default", True)
    converter = cattrs.Converter(**kwargs)
    configure_converter(converter)
    return converter
