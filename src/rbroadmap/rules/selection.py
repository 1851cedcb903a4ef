"""Rule selection (*pemilihan aturan*): which rules run, and at which severity.

Rules are chosen by code or prefix, as in ruff: ``select=["RB1", "RB402"]``
runs the structure rules and one unit rule; ``ignore=["RB5"]`` leaves out the
text rules; ``"ALL"`` names every rule. When both name a rule, the longer (more
specific) prefix wins; at equal length, ``ignore`` wins. ``severity={"RB4":
"error"}`` raises the unit rules to errors, again by the most specific prefix.
A selector that matches no rule is refused, so that a typo does not silently
select nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Final

from rbroadmap.rules.kernel import Rule, Severity

__all__ = ["select", "selectors", "severities"]

_PREFIX: Final = re.compile(r"[A-Z]{1,8}[0-9]{0,6}\Z")


def selectors(value: Iterable[str] | str | None, what: str) -> tuple[str, ...] | None:
    """Return the codes or prefixes *value* gives (one, several or ``None``), checked.

    Raises:
        ValueError: If a selector is not ``"ALL"``, a rule code or a prefix of one;
            the message names the argument, *what*.

    >>> selectors("RB4", "select")
    ('RB4',)
    """
    if value is None:
        return None
    items: tuple[object, ...] = (value,) if isinstance(value, str) else tuple(value)
    for item in items:
        if not isinstance(item, str) or not (item == "ALL" or _PREFIX.match(item)):
            msg = f"{what}: {item!r} is not a rule code or prefix such as 'RB4' or 'RB401'"
            raise ValueError(msg)
    return tuple(str(item) for item in items)


def _longest(code: str, prefixes: Iterable[str]) -> int:
    best = -1
    for prefix in prefixes:
        if prefix == "ALL":
            best = max(best, 0)
        elif code.startswith(prefix):
            best = max(best, len(prefix))
    return best


def select(
    rules: tuple[Rule, ...], select: tuple[str, ...] | None, ignore: tuple[str, ...]
) -> tuple[Rule, ...]:
    """Return the *rules* that *select* names (all when ``None``) and *ignore* does not.

    Raises:
        ValueError: If a selector matches none of *rules*.
    """
    for name, given in (("select", select or ()), ("ignore", ignore)):
        for prefix in given:
            if prefix != "ALL" and not any(r.code.startswith(prefix) for r in rules):
                msg = f"{name}: {prefix!r} matches no rule"
                raise ValueError(msg)
    chosen = []
    for item in rules:
        selected = 0 if select is None else _longest(item.code, select)
        ignored = _longest(item.code, ignore)
        if selected >= 0 and selected > ignored:
            chosen.append(item)
    return tuple(chosen)


def severities(
    overrides: Mapping[str, Severity | str] | None,
    pool: tuple[Rule, ...],
    chosen: tuple[Rule, ...],
) -> dict[str, Severity]:
    """Return the severity of each *chosen* rule by code: its own, or as *overrides* say.

    Raises:
        ValueError: If an override names a severity that does not exist, or a
            prefix that matches none of the rules of *pool*.
    """
    if not overrides:
        return {r.code: r.severity for r in chosen}
    parsed = {prefix: Severity.parse(s) for prefix, s in overrides.items()}
    for prefix in selectors(tuple(parsed), "severity") or ():
        if prefix != "ALL" and not any(r.code.startswith(prefix) for r in pool):
            msg = f"severity: {prefix!r} matches no rule"
            raise ValueError(msg)
    out = {}
    for item in chosen:
        best = (-1, item.severity)
        for prefix, level in parsed.items():
            length = _longest(item.code, (prefix,))
            if length > best[0]:
                best = (length, level)
        out[item.code] = best[1]
    return out
