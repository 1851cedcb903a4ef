"""Migrations of the document format (private): an older document, read as it was meant.

A road map document says which version of the format it is written in
(``"format_version"``). rbroadmap reads every version it supports by turning
an older document, step by step, into the newest one before reading it. The
steps are kept in one table, `MIGRATIONS`: ``MIGRATIONS[n]`` brings a
document of version *n* to version *n* + 1, and is made of parts, one per
change the new version brings. A later version adds its step; a change to one
version adds a part to its step.

A part takes the document (without its ``"format_version"``) and the list of
problems found so far, and returns the document as the next version writes it;
a problem it finds is added to the list as ``(key, error)``, the key being the
top-level key under which it lies and the error's path the rest. A part never
raises, never changes the document it is given (it builds new containers where
it changes something) and leaves alone what it does not understand: a
malformed document is refused by the structuring that follows, at its path.

**Version 1 to 2.** A document of version 1 loads to the same road map as it
always did. The step has three parts:

1. *Keys new in version 2* (`_no_version_2_keys_in_version_1`). Version 2
   lets a target choose its own lower-is-better formula and cap
   (``"lower_is_better"``, ``"cap"``), name the unit of its table's unit column
   (``"unit"``) and state targets per quarter (``"quarters"``); it gives a row
   its budget per year or for the period (``"budget_per_year"``,
   ``"budget_total"``), an area its label and plan hierarchy (``"label"``,
   ``"programmes"``, ``"activities"``), and a road map its themes, profile and
   regulations (``"themes"``, ``"profile"``, ``"regulation"``, ``"amends"``).
   Every key of version 1 keeps its meaning (``"budget"`` stays the annual
   budget), so a version-1 document needs no change for them; one that writes
   such a key is refused there, as version 1 always refused it, saying which
   version has it.
2. *Target cells as version 1 read them* (`_targets_as_version_1_read_them`).
   Version 2 reads target cells as every region writes them
   (`rbroadmap.notation`). Two forms of version 1 read differently now: a count
   whose unit is followed by more words (version 1 read ``11 Peraturan Daerah``
   as the unit *Peraturan* with the remark *Daerah*; version 2 reads the unit
   *Peraturan Daerah*), and text that version 1 took for a qualitative value and
   version 2 reads as a check mark (``v``) or refuses (``minimal`` alone). The
   part writes each such cell in the structured form of what version 1 read, so
   nothing changes. One reading is not kept, on purpose: ``NA`` (and ``N/A``,
   ``n.a.``, ``t.a.d.``) was read by version 1 as a qualitative target named
   "NA", which means nothing; it is read as `rbroadmap.NOT_AVAILABLE`.
3. *Indicators as goal-table rows* (`_indicators_as_version_2`). Version 1
   held one baseline with its year and one target with its comparison and
   year; version 2 holds a baseline series and yearly targets
   (`rbroadmap.Indicator`). A dated baseline becomes the one year of the
   series, an undated one the indicator's ``"current"`` value (a baseline year
   without a value, ``"NA"`` in that year); a dated target becomes the one year
   of its targets, an undated one its ``"aim"``; a comparison *more than*, *at
   most* or *less than* becomes the cell's threshold (``IKM 85,00`` *more than*
   is ``> IKM 85,00``), *at least* and *exactly* being what a plain value
   means. The categories keep their keys.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator, Mapping
from types import MappingProxyType
from typing import Any, Final, TypeAlias

from rbroadmap.converters._describe import InvalidValueError
from rbroadmap.converters._values import _structure_target_value, _value_form
from rbroadmap.errors import ModelError, NotationError
from rbroadmap.messages import Message
from rbroadmap.notation import _cell_text, parse_number, parse_value
from rbroadmap.values import (
    Comparison,
    Count,
    IndexScore,
    Level,
    Percentage,
    Qualitative,
    Quantity,
    Range,
    TargetValue,
    Threshold,
)

__all__ = ["MIGRATIONS", "migrate"]

Document: TypeAlias = dict[str, Any]
"""A road map document: plain data."""

Problems: TypeAlias = list[tuple[str, Exception]]
"""The problems found while migrating: ``(top-level key, error)``, the error's path the rest."""

Part: TypeAlias = Callable[[Document, Problems], Document]
"""One part of a step: a document of one version in, the next version's document out."""


# -- version 1 to 2, part 1: keys new in version 2 are refused in a version-1 document


def _rows(document: Mapping[str, Any]) -> Iterator[tuple[str, Mapping[str, Any]]]:
    """Each action plan row of a version-1 document, with its path under ``"areas"``."""
    for path, area in _areas(document):
        actions = area.get("actions")
        if not isinstance(actions, list):
            continue
        for j, action in enumerate(actions):
            if isinstance(action, Mapping):
                yield f"{path}.actions[{j}]", action


def _areas(document: Mapping[str, Any]) -> Iterator[tuple[str, Mapping[str, Any]]]:
    """Each area of a document, with its path under ``"areas"``."""
    areas = document.get("areas")
    if not isinstance(areas, list):
        return
    for i, area in enumerate(areas):
        if isinstance(area, Mapping):
            yield f"[{i}]", area


def _listed(container: Mapping[str, Any], key: str) -> Iterator[tuple[int, Mapping[str, Any]]]:
    """Each mapping in the list *key* of *container*, with its index."""
    found = container.get(key)
    if isinstance(found, list):
        for i, item in enumerate(found):
            if isinstance(item, Mapping):
                yield i, item


def _goals(document: Mapping[str, Any]) -> Iterator[tuple[str, str, Mapping[str, Any]]]:
    """Each goal of a version-1 document: its top-level key, its path under it, the goal."""
    for i, goal in _listed(document, "goals"):
        yield "goals", f"[{i}]", goal
    for top in ("areas", "achievements", "services"):
        for i, holder in _listed(document, top):
            for j, goal in _listed(holder, "goals"):
                yield top, f"[{i}].goals[{j}]", goal


def _indicators(document: Mapping[str, Any]) -> Iterator[tuple[str, Mapping[str, Any]]]:
    """Each indicator of a version-1 document (of an achievement), with its path."""
    for i, achievement in _listed(document, "achievements"):
        for j, indicator in _listed(achievement, "indicators"):
            yield f"[{i}].indicators[{j}]", indicator


_VERSION_2_TARGET_KEYS: Final = ("lower_is_better", "cap", "unit", "quarters")
"""The keys of a target that version 2 added beside its years."""

_VERSION_2_ROW_KEYS: Final = ("budget_per_year", "budget_total")
"""The keys of an action plan row that version 2 added: budgets as written."""

_VERSION_2_AREA_KEYS: Final = ("label", "programmes", "activities")
"""The keys of an area that version 2 added: its label and its plan hierarchy."""

_VERSION_2_ROADMAP_KEYS: Final = ("objectives", "themes", "profile", "regulation", "amends")
"""The keys of a road map that version 2 added: goal tables, themes, profile and regulations."""

_VERSION_2_INDICATOR_KEYS: Final = ("number", "unit", "current", "targets", "aim")
"""The keys of an indicator that version 2 added: its unit, undated values and yearly targets.

Version 2 also reads ``"baseline"`` otherwise: as an object keyed by year."""

_VERSION_2_GOAL_KEYS: Final = ("indicators",)
"""The keys of a goal that version 2 added: its indicators."""


def _new_in_version_2(top: str, path: str, key: str) -> tuple[str, Exception]:
    return (
        top,
        InvalidValueError(
            Message(
                f'kunci {key!r} baru ada sejak versi format 2; tulis "format_version": 2',
                f'the key {key!r} is new in format version 2; write "format_version": 2',
            ),
            path=path,
        ),
    )


def _no_version_2_keys_in_version_1(document: Document, problems: Problems) -> Document:
    """Version 2 added keys to targets, rows, areas and the road map; version 1 had none.

    A version-1 document needs no change. One that writes a key version 2 added
    is refused there, as version 1 always refused it, saying which version has it.
    """
    problems.extend(
        _new_in_version_2(key, "", key) for key in _VERSION_2_ROADMAP_KEYS if key in document
    )
    for path, area in _areas(document):
        problems.extend(
            _new_in_version_2("areas", f"{path}.{key}", key)
            for key in _VERSION_2_AREA_KEYS
            if key in area
        )
    for top, path, goal in _goals(document):
        problems.extend(
            _new_in_version_2(top, f"{path}.{key}", key)
            for key in _VERSION_2_GOAL_KEYS
            if key in goal
        )
    for path, indicator in _indicators(document):
        problems.extend(
            _new_in_version_2("achievements", f"{path}.{key}", key)
            for key in _VERSION_2_INDICATOR_KEYS
            if key in indicator
        )
    for path, action in _rows(document):
        problems.extend(
            _new_in_version_2("areas", f"{path}.{key}", key)
            for key in _VERSION_2_ROW_KEYS
            if key in action
        )
        targets = action.get("targets")
        if not isinstance(targets, Mapping):
            continue
        problems.extend(
            _new_in_version_2("areas", f'{path}.targets["{key}"]', key)
            for key in _VERSION_2_TARGET_KEYS
            if key in targets
        )
    return document


# -- version 1 to 2, part 2: target cells keep the reading version 1 gave them

_N: Final = r"[0-9][0-9.,]*"
_SEP: Final = r"(?:-|–|—|s\.d\.?|s/d)"
_V1_UNIT: Final = r"[^\W\d_][^\s\d%]*"
_V1_QUALIFIER: Final = r"[^\d%]*[^\s\d%]"
_V1_COUNT: Final = re.compile(
    rf"(?P<num>{_N})[ \t]+(?P<unit>{_V1_UNIT})(?:[ \t]+(?P<qual>{_V1_QUALIFIER}))?\Z"
)
_V1_COUNT_RANGE: Final = re.compile(
    rf"(?P<low>{_N})[ \t]*{_SEP}[ \t]*(?P<high>{_N})[ \t]+(?P<unit>{_V1_UNIT})"
    rf"(?:[ \t]+(?P<qual>{_V1_QUALIFIER}))?\Z"
)
_DIGIT: Final = re.compile(r"[0-9]")
_NOT_TEXT: Final = re.compile(
    r"(?i:nan|none|null|undefined|[+-]?inf(?:inity)?)\Z|#(?:N/A|REF!|NAME\?|VALUE!|NULL!|NUM!"
    r"|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|GETTING_DATA)\Z"
)


def _whole(token: str) -> int | None:
    try:
        number = parse_number(token, grouping=True)
    except NotationError:
        return None
    return int(number) if number == number.to_integral_value() and "," not in token else None


def _version_1_reading(text: str) -> TargetValue | None:
    """What version 1 read *text* as, where version 2 may read it otherwise; else ``None``."""
    s = _cell_text(text)  # what version 1 refused before reading, version 2 refuses too
    if s is None:
        return None
    try:
        count = _V1_COUNT.match(s)
        if count is not None:
            value = _whole(count["num"])
            return None if value is None else Count(value, count["unit"], count["qual"])
        counts = _V1_COUNT_RANGE.match(s)
        if counts is not None:
            low, high = _whole(counts["low"]), _whole(counts["high"])
            if low is None or high is None or low > high:
                return None
            unit, qualifier = counts["unit"], counts["qual"]
            return Range(Count(low, unit, qualifier), Count(high, unit, qualifier))
        plain = not _DIGIT.search(s) and "%" not in s and "\n" not in s and "\r" not in s
        if plain and any(c.isalpha() for c in s) and not _NOT_TEXT.match(s):
            return Qualitative(s)
    except ModelError:  # version 2 holds no such value (NA is no qualitative value)
        return None
    return None


def _cell_as_version_1_read_it(cell: object) -> object:
    """A cell of a version-1 document, written so that version 2 reads what version 1 read."""
    if not isinstance(cell, str) or _reads_the_same(cell):
        return cell
    was = _version_1_reading(cell)
    return cell if was is None else _value_form(was)


@functools.lru_cache(maxsize=4096)
def _reads_the_same(text: str) -> bool:
    """Whether version 2 reads the cell *text* as version 1 did; kept by text.

    A portfolio repeats its cells (``"100%"``, ``"1 Dokumen"``): each distinct one
    is read twice, by each version's rules, once.
    """
    was = _version_1_reading(text)
    if was is None:
        return True
    try:
        now: object = parse_value(text)
    except NotationError:
        now = None
    return now == was and repr(now) == repr(was)


_TARGET_OPTIONS: Final = ("direction", "shape", *_VERSION_2_TARGET_KEYS)
"""The keys of a target beside its years: they hold no cell."""


def _targets(targets: object) -> object:
    if not isinstance(targets, Mapping):
        return targets
    return {
        key: cell if key in _TARGET_OPTIONS else _cell_as_version_1_read_it(cell)
        for key, cell in targets.items()
    }


def _action(action: object) -> object:
    if not isinstance(action, Mapping) or "targets" not in action:
        return action
    return {**action, "targets": _targets(action["targets"])}


def _area(area: object) -> object:
    return _each(area, "actions", _action)


def _indicator(indicator: object) -> object:
    if not isinstance(indicator, Mapping):
        return indicator
    changed = {
        key: _cell_as_version_1_read_it(indicator[key])
        for key in ("baseline", "target")
        if key in indicator
    }
    return {**indicator, **changed}


def _achievement(achievement: object) -> object:
    return _each(achievement, "indicators", _indicator)


def _each(container: object, key: str, change: Callable[[object], object]) -> object:
    """*container* with each item of its list *key* changed; what is not one, as it is."""
    if not isinstance(container, Mapping) or not isinstance(container.get(key), list):
        return container
    return {**container, key: [change(item) for item in container[key]]}


def _targets_as_version_1_read_them(document: Document, problems: Problems) -> Document:
    """Version 1 to 2: keep the version-1 reading of target cells and indicator values."""
    changed = _each(_each(document, "areas", _area), "achievements", _achievement)
    assert isinstance(changed, dict)  # a document is a mapping
    return changed


# -- version 1 to 2, part 3: an indicator's baseline and target, as a series and a schedule

_STRICT: Final = {
    "more-than": Comparison.MORE_THAN,
    "at-most": Comparison.AT_MOST,
    "less-than": Comparison.LESS_THAN,
}
"""The comparisons of version 1 that a version-2 cell writes as a threshold; ``"at-least"``
and ``"exactly"`` are what a plain value means."""

_BOUNDED: Final = (Percentage, Count, Quantity, IndexScore, Level)


def _compared_cell(cell: object, comparison: object) -> object:
    """A version-1 target cell with its comparison, as one version-2 cell (``> IKM 85,00``)."""
    if comparison not in _STRICT:
        return cell
    try:
        value = _structure_target_value(cell)
    except Exception:
        return cell
    if not isinstance(value, _BOUNDED):
        return cell
    return _value_form(Threshold(_STRICT[comparison], value))


def _indicator_as_version_2(indicator: object) -> object:
    """A version-1 indicator in the shape of version 2.

    Version 1 held one baseline with its year and one target with its comparison
    and year. A dated baseline becomes the one year of the baseline series, an
    undated one the indicator's ``current`` value; a dated target becomes the one
    year of its targets, an undated one its ``aim``; a comparison other than *at
    least* or *exactly* becomes the target cell's threshold (``> IKM 85,00``).
    """
    if not isinstance(indicator, Mapping):
        return indicator
    old = ("baseline", "baseline_year", "target", "comparison", "target_year")
    out = {key: value for key, value in indicator.items() if key not in old}
    baseline, year = indicator.get("baseline"), indicator.get("baseline_year")
    if baseline is not None:
        if year is None:
            out["current"] = baseline
        else:
            out["baseline"] = {str(year): baseline}
    elif year is not None:
        out["baseline"] = {str(year): "NA"}  # a year without its value: nothing known
    target, year = indicator.get("target"), indicator.get("target_year")
    comparison = indicator.get("comparison", "at-least")
    if "comparison" in indicator and comparison not in (*_STRICT, "at-least", "exactly"):
        out["comparison"] = comparison  # refused by the structuring that follows, at its path
    if target is not None:
        cell = _compared_cell(target, comparison)
        if year is None:
            out["aim"] = cell
        else:
            out["targets"] = {str(year): cell}
    elif year is not None:
        out["target_year"] = year  # a year without a target: refused, at its path
    return out


def _indicators_as_version_2(document: Document, problems: Problems) -> Document:
    """Version 1 to 2: an indicator's baseline as a series, its target as a schedule."""
    changed = _each(
        document, "achievements", lambda a: _each(a, "indicators", _indicator_as_version_2)
    )
    assert isinstance(changed, dict)  # a document is a mapping
    return changed


# -- the table of steps

MIGRATIONS: Final[Mapping[int, tuple[Part, ...]]] = MappingProxyType(
    {
        1: (
            _no_version_2_keys_in_version_1,
            _targets_as_version_1_read_them,
            _indicators_as_version_2,
        ),
    }
)
"""The steps from each older version to the next: ``MIGRATIONS[n]`` brings a document of
version *n* to version *n* + 1, part by part. A new version adds its step here."""


def migrate(document: Mapping[str, Any], version: int, newest: int) -> tuple[Document, Problems]:
    """Bring *document* (without its ``"format_version"``) from *version* to *newest*.

    Returns the document as the newest version writes it, and the problems found on
    the way, each at the top-level key under which it lies. The document given is not
    changed.
    """
    result = dict(document)
    problems: Problems = []
    for step in range(version, newest):
        for part in MIGRATIONS[step]:
            result = part(result, problems)
    return result, problems
