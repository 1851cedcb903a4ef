"""Hooks of target values, realised values, targets and budgets (private)."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Mapping
from decimal import Decimal
from enum import Enum
from typing import Any, Final, get_args, get_type_hints

import attrs

from rbroadmap import _checks
from rbroadmap.attainment.realizations import RealizedValue, Verdict
from rbroadmap.converters._basic import _decimal, _enum_hook, _structure_int, _structure_str
from rbroadmap.converters._describe import (
    _BASELINE,
    _DECIMAL,
    _RUPIAH,
    _TARGET,
    _TARGET_VALUE,
    _TEXT,
    _VALUE_NAMES,
    _WHOLE,
    _YEARLY_BUDGET,
    InvalidValueError,
    _at_keys,
    _at_mapping_keys,
    _describe_value_union,
    _expected,
    _missing,
    _unknown_key,
    _value_union,
    describe_type,
)
from rbroadmap.errors import ModelError, NotationError, quote
from rbroadmap.messages import Message, listed
from rbroadmap.model import Baseline, Target, YearlyBudget
from rbroadmap.model.yearly import direction_of_cells
from rbroadmap.notation import MAX_RUPIAH, format_value, parse_rupiah, parse_value
from rbroadmap.schedule import Direction, LowerIsBetter, Shape
from rbroadmap.values import (
    MAX_TEXT_LENGTH,
    QUARTER_NAMES,
    TARGET_TYPES,
    VALUE_KINDS,
    NoTarget,
    Qualitative,
    TargetValue,
    ValueKind,
    is_target_value,
    unit_measure,
)

_YEAR_KEY: Final = re.compile(r"[0-9]{4}\Z", re.ASCII)


# -- target values


def _notation_error(error: NotationError) -> InvalidValueError:
    return InvalidValueError(error.message)


def _structure_target_value(value: object, unit: str | None = None) -> TargetValue:
    if isinstance(value, str):
        try:
            return parse_value(value, unit=unit)
        except NotationError as error:
            raise _notation_error(error) from None
    if isinstance(value, Mapping):
        return _structure_value_form(value)
    if value is None:
        raise InvalidValueError(
            Message(
                "null bukan nilai target; tulis '-' bila tidak ada target pada tahun itu",
                "null is not a target value; write '-' for no target that year",
            )
        )
    raise _expected(_TARGET_VALUE, value)


@attrs.frozen
class _Form:
    """The structured form of a kind of value: its class and its keys, from its fields."""

    cls: type
    names: tuple[str, ...]
    required: tuple[str, ...]
    optional: tuple[str, ...]
    types: dict[str, Any]


def _form(kind: ValueKind) -> _Form:
    fields = [a for a in attrs.fields(kind.cls) if a.init]
    return _Form(
        cls=kind.cls,
        names=tuple(a.name for a in fields),
        required=tuple(a.name for a in fields if a.default is attrs.NOTHING),
        optional=tuple(a.name for a in fields if a.default is not attrs.NOTHING),
        types=get_type_hints(kind.cls),
    )


_FORMS: Final[dict[str, _Form]] = {kind.code: _form(kind) for kind in VALUE_KINDS}
"""The structured form of every kind of value, by its code: the keys are its fields."""

_CODES: Final[dict[type, str]] = {kind.cls: kind.code for kind in VALUE_KINDS}


def _structure_value_form(data: Mapping[Any, Any]) -> TargetValue:
    """Read the structured form of a target value: ``{"kind": "percentage", ...}``."""
    kind = data.get("kind")
    kinds = ", ".join(repr(k) for k in _FORMS)
    if "kind" not in data:
        raise _at_keys(
            "While structuring a target value",
            [("kind", _missing(Message(f"salah satu dari {kinds}", f"one of {kinds}")))],
            object,
        )
    if not isinstance(kind, str) or kind not in _FORMS:
        raise _at_keys(
            "While structuring a target value",
            [("kind", _expected(Message(f"salah satu dari {kinds}", f"one of {kinds}"), kind))],
            object,
        )
    form = _FORMS[kind]
    cls, required, optional = form.cls, form.required, form.optional
    allowed = ("kind", *required, *optional)
    problems: list[tuple[str, Exception]] = []
    for key in data:
        if key not in allowed:
            problems.append(
                (key if isinstance(key, str) else quote(key), _unknown_key(key, allowed))
            )
    fields: dict[str, Any] = {}
    for key in (*required, *optional):
        if key not in data:
            if key in required:
                problems.append((key, _missing(_field_expectation(form.types[key]))))
            continue
        try:
            fields[key] = _structure_value_field(form.types[key], data[key])
        except Exception as error:  # every problem is collected
            problems.append((key, error))
    if problems:
        raise _at_keys(f"While structuring a {kind} value", problems, cls)
    try:
        return cls(**fields)  # type: ignore[no-any-return]
    except ModelError as error:
        field = error.field if error.field in allowed else required[0]
        raise _at_keys(
            f"While structuring a {kind} value", [(field, InvalidValueError(error.message))], cls
        ) from None


def _nested_kinds(field_type: Any) -> tuple[type, ...]:
    """The kinds of value a field of a value holds (the ends of a range, a threshold's bound)."""
    return tuple(a for a in get_args(field_type) if a in _CODES)


def _field_expectation(field_type: Any) -> Message:
    """What a key of a structured form holds, by the type of the field it fills."""
    if field_type is Decimal:
        return _DECIMAL
    if field_type is int:
        return _WHOLE
    if isinstance(field_type, type) and issubclass(field_type, Enum):
        return describe_type(field_type)
    nested = _nested_kinds(field_type)
    if nested:
        return listed([_VALUE_NAMES[cls] for cls in nested])
    return _TEXT


def _structure_value_field(field_type: Any, value: object) -> Any:
    """Read one key of a structured form, by the type of the field it fills."""
    if field_type is Decimal:
        return _decimal(value)
    if field_type is int:
        return _structure_int(value, int)
    if isinstance(field_type, type) and issubclass(field_type, Enum):
        return _enum_hook(field_type)(value, field_type)
    nested = _nested_kinds(field_type)
    if nested:
        codes = {_CODES[cls] for cls in nested}
        kind = value.get("kind") if isinstance(value, Mapping) else None
        if isinstance(kind, str) and kind in _FORMS and kind not in codes:
            # Refused before reading it, so that values nested in values (a range in a
            # range, a threshold in a threshold) cannot recurse deeply.
            raise _expected(_field_expectation(field_type), value)
        held = _structure_target_value(value)
        if not isinstance(held, nested):
            raise _expected(_field_expectation(field_type), value)
        return held
    text = _structure_str(value, str)
    if len(text) > MAX_TEXT_LENGTH:
        raise InvalidValueError(
            Message(
                f"paling panjang {MAX_TEXT_LENGTH} karakter",
                f"at most {MAX_TEXT_LENGTH} characters long",
            )
        )
    return text


def _value_hook(cls: type) -> Callable[[object, type], TargetValue]:
    expected = _VALUE_NAMES[cls]

    def structure(value: object, _: type) -> TargetValue:
        result = _structure_target_value(value)
        if not isinstance(result, cls):
            raise _expected(expected, value)
        return result

    return structure


def _value_union_structure_hook(t: Any) -> Callable[[object, type], Any]:
    """Read a value of a union of value classes: notation, structured form or enum value."""
    union = _value_union(t)
    assert union is not None  # the hook's predicate says so
    values, enums, optional = union
    members = {m.value: m for e in enums for m in e}
    expected = _describe_value_union(values, enums)
    all_kinds = set(values) == set(TARGET_TYPES)

    def structure(value: object, _: type) -> Any:
        if value is None and optional:
            return None
        if value is None and not all_kinds:
            raise _expected(expected, value)
        if isinstance(value, str) and value in members:
            return members[value]
        result = _structure_target_value(value)
        if not isinstance(result, values):
            raise _expected(expected, value)
        return result

    return structure


def _value_union_unstructure_hook(t: Any) -> Callable[[Any], Any]:
    """Write a value of a union of value classes: notation, or its enum value.

    Text that would read back as one of the union's enum values (a qualitative
    ``achieved`` beside a verdict ``achieved``) is written in structured form.
    """
    union = _value_union(t)
    assert union is not None  # the hook's predicate says so
    members = {m.value for e in union[1] for m in e}

    def unstructure(value: Any) -> Any:
        if value is None:
            return None
        if isinstance(value, Enum):
            return value.value
        text = _value_text(value)
        if isinstance(text, str) and text in members:
            return _value_form(value)
        return text

    return unstructure


def _value_form(value: TargetValue) -> dict[str, Any]:
    """Write a target value in structured form: its kind's code, then its fields.

    Fields left at their default (``None``) are not written; exact numbers are
    written as text with a decimal point, enumerations as their value, and the
    values a value holds (the ends of a range, a threshold's bound, a graded
    score) in structured form.

    >>> from rbroadmap.values import Count, Percentage
    >>> _value_form(Percentage(Decimal("79.30")))
    {'kind': 'percentage', 'value': '79.30'}
    >>> _value_form(Count(39, "OPD"))
    {'kind': 'count', 'value': 39, 'unit': 'OPD'}
    """
    code = _CODES.get(type(value))
    if code is None:
        msg = f"not a target value: {value!r}"
        raise TypeError(msg)
    data: dict[str, Any] = {"kind": code}
    form = _FORMS[code]
    for name in form.names:
        held = getattr(value, name)
        if held is None and name in form.optional:
            continue
        if isinstance(held, Decimal):
            held = format(held, "f")
        elif isinstance(held, Enum):
            held = held.value
        elif is_target_value(held):
            held = _value_form(held)
        data[name] = held
    return data


def _identical(a: TargetValue, b: TargetValue) -> bool:
    """Equal, and with the same digits (``Decimal("79.30")`` is not ``Decimal("79.3")``)."""
    return type(a) is type(b) and a == b and repr(a) == repr(b)


def _value_text(value: TargetValue) -> str | dict[str, Any]:
    """Write a target value as it goes into a document: notation where it reads back.

    The canonical notation (`rbroadmap.format_value`) is written whenever reading
    it gives back the same value with the same digits; a value it could not
    give back is written in structured form instead, so nothing is lost.

    >>> from rbroadmap.values import Percentage
    >>> _value_text(Percentage(Decimal("79.30")))
    '79,30%'
    >>> _value_text(NoTarget())
    '-'
    """
    if isinstance(value, NoTarget):
        return "-"
    text = format_value(value)
    try:
        if _identical(parse_value(text), value):
            return text
    except NotationError:
        pass
    return _value_form(value)


# -- realised values: verdicts in words, as Realization.parse reads them


def _is_realized_value(t: Any) -> bool:
    return bool(t == RealizedValue)


def _realized_value_hooks() -> tuple[Callable[[object, type], Any], Callable[[Any], Any]]:
    """Read a realised value as `Realization.parse` does; write what reads back the same.

    A verdict may be written in words (``"tercapai"``, ``"belum tercapai"``), so
    that a document and `Realization.parse` agree on what a report says; a
    qualitative value whose text is such a word is written in structured form.
    """
    read = _value_union_structure_hook(RealizedValue)
    write = _value_union_unstructure_hook(RealizedValue)

    def structure(value: object, t: type) -> Any:
        if isinstance(value, str) and (verdict := Verdict.read(value)) is not None:
            return verdict
        return read(value, t)

    def unstructure(value: Any) -> Any:
        if isinstance(value, Qualitative) and Verdict.read(value.text) is not None:
            return _value_form(value)
        return write(value)

    return structure, unstructure


# -- targets, keyed by year

_DIRECTION_HOOK: Final = _enum_hook(Direction)
_SHAPE_HOOK: Final = _enum_hook(Shape)
_LOWER_IS_BETTER_HOOK: Final = _enum_hook(LowerIsBetter)


def _structure_cap(value: object) -> Decimal:
    """A target's own cap: an exact number of percent above 0 (``120`` or ``"120"``)."""
    cap = _decimal(value)
    if cap <= 0:
        raise InvalidValueError(
            Message(
                f"batas atas capaian harus lebih dari 0, bukan {quote(value)}",
                f"a cap on attainment must be above 0, not {quote(value)}",
            )
        )
    return cap


_FORMULA_KEYS: Final[dict[str, Callable[[object], Any]]] = {
    "lower_is_better": lambda value: _LOWER_IS_BETTER_HOOK(value, LowerIsBetter),
    "cap": _structure_cap,
}
"""The keys of a target's own formula (format version 2), beside its years: how each is read."""


def _unstructure_formula(target: Target) -> dict[str, Any]:
    """A target's own formula and cap, as its document writes them (format version 2)."""
    data: dict[str, Any] = {}
    if target.lower_is_better is not None:
        data["lower_is_better"] = target.lower_is_better.value
    if target.cap is not None:
        data["cap"] = format(target.cap, "f")
    return data


_TARGET_KEYS: Final = ', "direction", "shape", "unit", "quarters", "lower_is_better" atau "cap"'
"""The keys of a target beside its years, as `_year_of` names them after ``"2019"``."""
_QUARTER_KEYS: Final = {name: i for i, name in enumerate(QUARTER_NAMES, start=1)}


def _structure_unit(value: object) -> str:
    text = _structure_str(value, str)
    try:
        unit_measure(text)
    except ModelError as error:
        raise InvalidValueError(error.message) from None
    return text


def _structure_quarters(value: object, unit: str | None) -> dict[int, dict[int, TargetValue]]:
    """Read ``{"2022": {"TW I": "20%", ...}}``, collecting every problem."""
    if not isinstance(value, Mapping):
        raise _expected(
            Message(
                'objek triwulan per tahun seperti {"2022": {"TW I": "20%"}}',
                'an object of quarters by year such as {"2022": {"TW I": "20%"}}',
            ),
            value,
        )
    quarters: dict[int, dict[int, TargetValue]] = {}
    problems: list[tuple[str, Exception]] = []
    names = ", ".join(f'"{name}"' for name in QUARTER_NAMES)
    for key, cells in value.items():
        try:
            year = _year_of(key, "")
        except InvalidValueError as error:
            problems.append((key, error))
            continue
        if not isinstance(cells, Mapping):
            problems.append(
                (
                    key,
                    _expected(
                        Message(f"objek dengan kunci {names}", f"an object keyed {names}"), cells
                    ),
                )
            )
            continue
        quarters[year] = {}
        inner: list[tuple[str, Exception]] = []
        for name, cell in cells.items():
            try:
                if name not in _QUARTER_KEYS:
                    raise InvalidValueError(
                        Message(
                            f"kunci tidak dikenal {quote(name)}; diharapkan {names}",
                            f"unknown key {quote(name)}; expected {names}",
                        )
                    )
                quarters[year][_QUARTER_KEYS[name]] = _structure_target_value(cell, unit)
            except Exception as error:  # every problem is collected
                inner.append((name, error))
        if inner:
            problems.append((key, _at_mapping_keys("While structuring quarters", inner, dict)))
    if problems:
        raise _at_mapping_keys("While structuring quarters", problems, dict)
    return quarters


def _year_of(key: object, allowed: str) -> int:
    """The year a key of a year-keyed object names, or an error saying what to write."""
    if isinstance(key, str) and _YEAR_KEY.match(key):
        year = int(key)
        if not _checks.MIN_YEAR <= year <= _checks.MAX_YEAR:
            raise InvalidValueError(
                Message(
                    f"tahun harus antara {_checks.MIN_YEAR} dan {_checks.MAX_YEAR}",
                    f"a year must be between {_checks.MIN_YEAR} and {_checks.MAX_YEAR}",
                )
            )
        return year
    if isinstance(key, int) and not isinstance(key, bool) and 0 <= key <= 9999:
        raise InvalidValueError(
            Message(
                f'tahun ditulis sebagai teks empat angka: "{key}"',
                f'a year is written as text of four digits: "{key}"',
            )
        )
    raise InvalidValueError(
        Message(
            f'kunci tidak dikenal {quote(key)}; diharapkan tahun empat angka seperti "2019"'
            f"{allowed}",
            f'unknown key {quote(key)}; expected a year of four digits such as "2019"'
            f"{allowed.replace(' atau ', ' or ')}",
        )
    )


def _structure_target(data: object, _: type) -> Target:
    if type(data) is not dict and not isinstance(data, Mapping):
        raise _expected(_TARGET, data)
    problems: list[tuple[str, Exception]] = []
    values: list[tuple[int, TargetValue]] = []
    options: dict[str, Any] = {}
    unit: str | None = None
    unit_read = True
    if "unit" in data:
        try:
            unit = options["unit"] = _structure_unit(data["unit"])
        except Exception as error:  # every problem is collected
            problems.append(("unit", error))
            unit_read = False
    for key, cell in data.items():
        try:
            if key == "direction":
                options["direction"] = _DIRECTION_HOOK(cell, Direction)
            elif key == "shape":
                options["shape"] = _SHAPE_HOOK(cell, Shape)
            elif key in _FORMULA_KEYS:
                options[key] = _FORMULA_KEYS[key](cell)
            elif key == "unit":
                continue
            elif key == "quarters":
                if unit_read:
                    options["quarters"] = _structure_quarters(cell, unit)
            else:
                year = _year_of(key, _TARGET_KEYS)
                if unit_read or not isinstance(cell, str):
                    values.append((year, _structure_target_value(cell, unit)))
        except Exception as error:  # every problem is collected
            problems.append((key, error))
    if problems:
        raise _at_mapping_keys("While structuring Target", problems, Target)
    try:
        return Target(values=values, **options)
    except ModelError as error:
        field = error.field or ""
        key = "quarters" if field.startswith("quarters") else "unit" if "unit" in data else ""
        raise _at_mapping_keys(
            "While structuring Target", [(key, InvalidValueError(error.message))], Target
        ) from None


def _unstructure_target(target: Target) -> dict[str, Any]:
    data: dict[str, Any] = {str(year): _value_text(value) for year, value in target.values}
    if target.direction is not direction_of_cells(target.values):
        data["direction"] = target.direction.value
    if target.declared_shape is not None:
        data["shape"] = target.declared_shape.value
    if target.unit is not None:
        data["unit"] = target.unit
    if target.quarters:
        data["quarters"] = {
            str(year): {QUARTER_NAMES[q - 1]: _value_text(value) for q, value in cells}
            for year, cells in target.quarters
        }
    data.update(_unstructure_formula(target))
    return data


# -- budgets


@functools.lru_cache(maxsize=4096)
def _rupiah(text: str) -> int:
    """`parse_rupiah`, kept by text: the budgets of a portfolio repeat (``"150.000.000,-"``)."""
    return parse_rupiah(text)


def _structure_budget(value: object, _: type) -> int | None:
    if value is None:
        return None
    if type(value) is int:
        if not 0 <= value <= MAX_RUPIAH:
            raise InvalidValueError(
                Message(
                    f"anggaran harus antara 0 dan {MAX_RUPIAH} rupiah",
                    f"a budget must be between 0 and {MAX_RUPIAH} rupiah",
                )
            )
        return value
    if isinstance(value, str):
        try:
            return _rupiah(value)
        except NotationError as error:
            raise _notation_error(error) from None
    if isinstance(value, float):
        raise InvalidValueError(
            Message(
                f"anggaran adalah rupiah utuh, bukan pecahan {quote(value)}; diharapkan "
                f"{_RUPIAH.indonesian}",
                f"a budget is whole rupiah, not the fraction {quote(value)}; expected "
                f"{_RUPIAH.english}",
            )
        )
    raise _expected(_RUPIAH, value)


def _by_year(
    data: object, expected: Message, cls: type, read: Callable[[Any], Any]
) -> list[tuple[int, Any]]:
    """The cells of a map from year to cell, each read by *read*, in document order.

    Every problem is collected and reported at its key, as cattrs reports dicts.
    """
    if type(data) is not dict and not isinstance(data, Mapping):
        raise _expected(expected, data)
    problems: list[tuple[str, Exception]] = []
    values: list[tuple[int, Any]] = []
    for key, cell in data.items():
        try:
            values.append((_year_of(key, ""), read(cell)))
        except Exception as error:  # every problem is collected
            problems.append((key, error))
    if problems:
        raise _at_mapping_keys(f"While structuring {cls.__name__}", problems, cls)
    return values


def _structure_yearly_budget(data: object, _: type) -> YearlyBudget:
    """Read a budget per year: ``{"2022": 100000000, "2023": "Rp 150.000.000,-"}``."""
    return YearlyBudget(values=_by_year(data, _YEARLY_BUDGET, YearlyBudget, _budget_of_year))


def _budget_of_year(cell: object) -> int:
    amount = _structure_budget(cell, int)
    if amount is None:
        raise InvalidValueError(
            Message(
                "null bukan anggaran; hapus tahun yang tidak beranggaran",
                "null is not a budget; leave out a year without a budget",
            )
        )
    return amount


def _unstructure_yearly_budget(budget: YearlyBudget) -> dict[str, int]:
    return {str(year): amount for year, amount in budget.values}


# -- indicators: baselines, and the unit of the Satuan column


class _InUnit(dict[str, Any]):
    """The cells of an indicator's baseline, with the indicator's unit to read them in."""

    unit: str | None = None


def _structure_baseline(data: object, _: type) -> Baseline:
    """Read a baseline: ``{"2018": "NA", "2019": "IRB 62,5"}``, bare numbers in the Satuan."""
    unit = getattr(data, "unit", None)

    def read(cell: object) -> TargetValue:
        value = _structure_target_value(cell, unit)
        if isinstance(value, NoTarget):
            raise InvalidValueError(
                Message(
                    "'-' bukan nilai dasar; tulis 'NA' atau hapus tahunnya",
                    "'-' is no baseline value; write 'NA' or leave the year out",
                )
            )
        return value

    return Baseline(values=_by_year(data, _BASELINE, Baseline, read))


def _unstructure_baseline(baseline: Baseline) -> dict[str, Any]:
    return {str(year): _value_text(value) for year, value in baseline.values}


def indicator_cells(data: Mapping[str, Any]) -> Mapping[str, Any]:
    """An indicator's document with its unit (Satuan) passed to its baseline and targets.

    Bare numbers in the cells of an indicator (its baseline, targets, current value
    and aim) are read in its unit; its targets take it as their unit column unless
    they name one.
    """
    unit = data.get("unit")
    if not isinstance(unit, str):
        return data
    try:
        _structure_unit(unit)
    except InvalidValueError:
        return data  # refused when read, at the indicator's unit
    changed = dict(data)
    targets = data.get("targets")
    if isinstance(targets, Mapping) and "unit" not in targets:
        changed["targets"] = {**targets, "unit": unit}
    baseline = data.get("baseline")
    if isinstance(baseline, Mapping):
        cells = _InUnit(baseline)
        cells.unit = unit
        changed["baseline"] = cells
    for key in ("current", "aim"):
        cell = data.get(key)
        if isinstance(cell, str):
            try:
                value = parse_value(cell, unit=unit)
            except (NotationError, ModelError):
                continue  # refused when read, at its path
            changed[key] = _value_form(value)
    return changed
