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

from rbroadmap import _checks
from rbroadmap.errors import quote
from rbroadmap.messages import Message
from rbroadmap.rules.kernel import Rule, Severity

__all__ = ["select", "selectors", "severities"]

_PREFIX: Final = re.compile(r"[A-Z]{1,8}[0-9]{0,6}\Z")
_NO_RULE: Final = Message("tidak cocok dengan aturan mana pun", "matches no rule")
_OVERRIDES: Final = Message(
    "pemetaan kode aturan ke tingkat keparahan, mis. {'RB4': 'error'}",
    "a mapping of rule codes to severities, such as {'RB4': 'error'}",
)


def selectors(value: Iterable[str] | str | None, what: str) -> tuple[str, ...] | None:
    """Return the codes or prefixes *value* gives (one, several or ``None``), checked.

    Raises:
        ModelError: If a selector is not ``"ALL"``, a rule code or a prefix of one
            (a `ModelTypeError` if it is not text); the message names the
            argument of `rbroadmap.validate`, *what*.

    >>> selectors("RB4", "select")
    ('RB4',)
    """
    if value is None:
        return None
    if not isinstance(value, str | Iterable):
        raise _checks.wrong_argument("validate", what, value, _SELECTORS)
    items: tuple[object, ...] = (value,) if isinstance(value, str) else tuple(value)
    for i, item in enumerate(items):
        name = what if isinstance(value, str) else f"{what}[{i}]"
        if not isinstance(item, str):
            raise _checks.wrong_argument("validate", name, item, _SELECTOR)
        if not (item == "ALL" or _PREFIX.match(item)):
            raise _checks.bad_argument(
                "validate",
                name,
                item,
                Message(f"bukan {_SELECTOR.indonesian}", f"not {_SELECTOR.english}"),
            )
    return tuple(str(item) for item in items)


_SELECTOR: Final = Message(
    "kode atau awalan kode aturan seperti 'RB4' atau 'RB401', atau 'ALL'",
    "a rule code or prefix such as 'RB4' or 'RB401', or 'ALL'",
)
_NOT_SELECTOR: Final = Message(f"bukan {_SELECTOR.indonesian}", f"not {_SELECTOR.english}")
_SELECTORS: Final = Message(
    f"{_SELECTOR.indonesian}, atau daftarnya", f"{_SELECTOR.english}, or a list of them"
)


def _folded(value: object) -> object:
    """A severity written in any case (``"Warning"``) as its value (``"warning"``)."""
    return value.casefold() if isinstance(value, str) else value


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
        ModelError: If a selector matches none of *rules*.
    """
    for name, given in (("select", select or ()), ("ignore", ignore)):
        for prefix in given:
            if prefix != "ALL" and not any(r.code.startswith(prefix) for r in rules):
                raise _checks.bad_argument("validate", name, prefix, _NO_RULE)
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
        ModelError: If an override names a severity that does not exist, or a
            prefix that matches none of the rules of *pool* (a `ModelTypeError`
            if *overrides* is not a mapping of text to severities).
    """
    if overrides is None:
        return {r.code: r.severity for r in chosen}
    if not isinstance(overrides, Mapping):
        raise _checks.wrong_argument("validate", "severity", overrides, _OVERRIDES)
    if not overrides:
        return {r.code: r.severity for r in chosen}
    parsed = {
        prefix: _checks.choice("validate", f"severity[{quote(prefix)}]", _folded(level), Severity)
        for prefix, level in overrides.items()
    }
    for prefix in selectors(tuple(parsed), "severity") or ():
        if prefix != "ALL" and not any(r.code.startswith(prefix) for r in pool):
            raise _checks.bad_argument("validate", "severity", prefix, _NO_RULE)
    out = {}
    for item in chosen:
        best = (-1, item.severity)
        for prefix, level in parsed.items():
            length = _longest(item.code, (prefix,))
            if length > best[0]:
                best = (length, level)
        out[item.code] = best[1]
    return out
