"""Migrations of the document format (private): an older document, read as it was meant.

A road map document says which version of the format it is written in
(``"format_version"``). rbroadmap reads every version it supports by turning
an older document, step by step, into the newest one before reading it: one
step per version, each a tuple of parts kept in `STEPS`, so that a later
version adds a step and a change to one version adds a part. A document of
version 1 loads to the same road map as it always did.

**Version 1 to 2.** Version 2 reads target cells as every region writes them
(`rbroadmap.notation`). Two forms of version 1 read differently now: a count
whose unit is followed by more words (version 1 read ``11 Peraturan Daerah``
as the unit *Peraturan* with the remark *Daerah*; version 2 reads the unit
*Peraturan Daerah*), and text that version 1 took for a qualitative value and
version 2 reads as a check mark (``v``) or refuses (``minimal`` alone). The
step writes each such cell in the structured form of what version 1 read, so
nothing changes. One reading is not kept, on purpose: ``NA`` (and ``N/A``,
``n.a.``, ``t.a.d.``) was read by version 1 as a qualitative target named
"NA", which means nothing; it is read as `rbroadmap.NOT_AVAILABLE`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any, Final

from rbroadmap.converters._values import _value_form
from rbroadmap.errors import ModelError, NotationError
from rbroadmap.notation import _cell_text, parse_number, parse_value
from rbroadmap.values import Count, Qualitative, Range, TargetValue

__all__ = ["STEPS", "migrate"]

Document = dict[str, Any]
"""A road map document: plain data."""

Part = Callable[[Document], Document]
"""One part of a step: a document of one version in, the same document changed out."""

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
    if not isinstance(cell, str):
        return cell
    was = _version_1_reading(cell)
    if was is None:
        return cell
    try:
        now: object = parse_value(cell)
    except NotationError:
        now = None
    if now == was and repr(now) == repr(was):
        return cell
    return _value_form(was)


def _targets(targets: object) -> object:
    if not isinstance(targets, Mapping):
        return targets
    return {
        key: cell if key in ("direction", "shape") else _cell_as_version_1_read_it(cell)
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


def _targets_as_version_1_read_them(document: Document) -> Document:
    """Version 1 to 2: keep the version-1 reading of target cells and indicator values."""
    changed = _each(_each(document, "areas", _area), "achievements", _achievement)
    assert isinstance(changed, dict)  # a document is a mapping
    return changed


STEPS: Final[Mapping[int, tuple[Part, ...]]] = {
    1: (_targets_as_version_1_read_them,),
}
"""The step from each version to the next, by the version it starts from: its parts."""


def migrate(document: Mapping[str, Any], version: int, newest: int) -> Document:
    """Turn a *document* of *version* into one of version *newest*, step by step.

    The document given is not changed: a part builds new containers where it
    changes something.
    """
    result = dict(document)
    for step in range(version, newest):
        for part in STEPS[step]:
            result = part(result)
    return result
