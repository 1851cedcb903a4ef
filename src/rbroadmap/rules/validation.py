"""Validation (*pemeriksaan*): `validate` runs rules over a road map and reports.

It works as a linter for a domain object: it chooses the rules
(`rbroadmap.rules.selection`), gives each the same read-only
`rbroadmap.rules.Context`, turns every violation into a
`rbroadmap.rules.Finding`, applies the road map's waivers
(`rbroadmap.rules.waivers`) and returns a `rbroadmap.rules.Report`.

A rule about a column of the action plan (`Rule.column`) is not run when the
road map's profile says its tables have no such column (`rbroadmap.Profile`):
one finding of the rule, at ``$.profile.columns`` and of severity info, says it
was left out, instead of one finding per row.

There is no global registry: the built-in rules are the immutable
`rbroadmap.rules.CATALOGUE`, and rules of your own are passed in
(``validate(roadmap, extra_rules=[my_rule])``) or combined into a `Ruleset`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from datetime import date
from typing import Final

import pendulum

from rbroadmap import _checks
from rbroadmap.areasets import AREA_SETS, AreaSet
from rbroadmap.messages import Lang, Message
from rbroadmap.model import Column, RoadMap
from rbroadmap.rules import selection, waivers
from rbroadmap.rules.catalogue import CATALOGUE
from rbroadmap.rules.kernel import Context, Options, Rule, Ruleset, Severity, Violation, code_key
from rbroadmap.rules.report import Finding, Report, fingerprint, plain_value
from rbroadmap.scales import Scale

__all__ = ["validate"]


def _as_date(value: object) -> pendulum.Date | None:
    if value is None:
        return None
    return _checks.calendar_date(value, "validate", "as_of")  # type: ignore[no-any-return]


def validate(
    roadmap: RoadMap,
    *,
    rules: Iterable[Rule] | None = None,
    extra_rules: Iterable[Rule] = (),
    select: Iterable[str] | str | None = None,
    ignore: Iterable[str] | str = (),
    severity: Mapping[str, Severity | str] | None = None,
    lang: Lang = "id",
    as_of: date | None = None,
    ikm_scale: Scale | None = None,
    area_sets: Mapping[str, AreaSet] | None = None,
) -> Report:
    """Validate a road map (*periksa road map*): run the rules and return a `Report`.

    Args:
        roadmap: The road map to check.
        rules: The rules to choose from; by default the built-in
            `rbroadmap.rules.CATALOGUE`.
        extra_rules: Rules of your own, run beside *rules*.
        select: Codes or prefixes of the rules to run (``["RB1", "RB402"]``), or
            ``"ALL"``; by default all.
        ignore: Codes or prefixes of rules to leave out.
        severity: Severity overrides by code or prefix (``{"RB4": "error"}``).
        lang: The language of `Finding.message`: ``"id"`` (default) or ``"en"``.
        as_of: The date waivers are judged on (a `pendulum.Date`; a
            `datetime.date` is accepted, and a date-time is taken as its own
            calendar date). rbroadmap never reads the clock.
        ikm_scale: The IKM regulation claims are checked against
            (`rbroadmap.scales.IKM_2017` or `IKM_2004`); by default the one in
            force when the road map's period starts (PermenPAN-RB 14/2017 from
            2017).
        area_sets: The standard area sets known by code; by default
            `rbroadmap.AREA_SETS`. Pass your own to check road maps that follow
            a set of their own.

    Returns:
        The report, deterministic for the same input.

    Raises:
        ModelError: If a selector names no rule, two rules share a code, or a
            severity or language is unknown (also a `ValueError`).
        ModelTypeError: If an argument has the wrong type, such as a dict for
            *roadmap* (also a `TypeError`); the message names the argument.

    Examples:
        >>> import rbroadmap as rb
        >>> roadmap = rb.RoadMap(id="kota-x", government="Kota X", period=rb.Period(2018, 2022))
        >>> report = rb.validate(roadmap, select=["RB101"], lang="en")
        >>> [f.code for f in report]
        ['RB101']
        >>> report.findings[0].message
        'the road map does not say which set of areas of change it follows'
        >>> report.has_errors
        True
    """
    _checks.argument("validate", "roadmap", roadmap, RoadMap, Message("RoadMap", "a RoadMap"))
    lang = _checks.language("validate", lang)
    judged_on = _as_date(as_of)
    base = _rules("rules", CATALOGUE if rules is None else rules) + _rules(
        "extra_rules", extra_rules
    )
    if ikm_scale is not None:
        _checks.argument("validate", "ikm_scale", ikm_scale, Scale, _SCALE)
    _check_area_sets(area_sets)
    waiver_codes = {r.code for r in waivers.RULES}
    pool = Ruleset((*(r for r in waivers.RULES if r.code not in {x.code for x in base}), *base))
    chosen = selection.select(
        pool.rules,
        selection.selectors(select, "select"),
        selection.selectors(ignore, "ignore") or (),
    )
    levels = selection.severities(severity, pool.rules, chosen)
    options = Options(
        ikm_scale=ikm_scale,
        area_sets=AREA_SETS if area_sets is None else area_sets,
    )
    context = Context(roadmap, options)

    raw: list[tuple[Rule, Violation]] = []
    notes: set[int] = set()  # the findings that say a rule was left out, as info
    for item in chosen:
        if item.code in waiver_codes:
            continue
        if item.column is not None and not context.has_column(item.column):
            notes.add(len(raw))
            raw.append((item, _left_out(roadmap, item, item.column)))
            continue
        found: Iterable[object] = item.check(context)
        for violation in found:
            if not isinstance(violation, Violation):
                raise _checks.wrong_argument("validate", f"rules[{item.code}]", violation, _YIELDS)
            raw.append((item, violation))

    ran = {r.code for r in chosen}
    judged, waiver_of = waivers.judge(
        roadmap.waivers,
        raw,
        ran=ran,
        known={r.code for r in pool.rules},
        judged_on=judged_on,
    )
    raw += judged

    findings: list[tuple[int, Finding]] = []
    for i, (item, violation) in enumerate(raw):
        if item.code not in ran:
            continue
        value = plain_value(violation.value)
        if item.code in waiver_codes:
            path = f"$.{violation.field}"
        else:
            path = context.path(violation.entity_id, violation.field)
        finding = Finding(
            code=item.code,
            name=item.name,
            severity=Severity.INFO if i in notes else levels[item.code],
            entity_id=violation.entity_id,
            path=path,
            value=value,
            detail=violation.message,
            suggestion=violation.suggestion,
            fingerprint=fingerprint(item.code, violation.entity_id, violation.field, value),
            waiver=waiver_of.get(i),
            lang=lang,
        )
        findings.append((i, finding))
    # Ties (several findings on one entity and path, such as the missing years of a
    # road map) keep the order their rule reported them in, which is document order.
    findings.sort(
        key=lambda pair: (
            code_key(pair[1].code),
            context.position(pair[1].entity_id),
            _path_key(pair[1].path),
            pair[0],
        )
    )
    return Report(
        roadmap_id=roadmap.id,
        findings=tuple(_unique(f for _, f in findings)),
        rules=chosen,
        lang=lang,
        as_of=judged_on,
    )


_RULES: Final = Message("daftar Rule", "a list of Rule objects")
_RULE: Final = Message("Rule", "a Rule")
_YIELDS: Final = Message(
    "aturan yang menghasilkan Violation", "a rule whose check yields Violation objects"
)
_SCALE: Final = Message("Scale, mis. rb.scales.IKM_2017", "a Scale such as rb.scales.IKM_2017")
_AREA_SETS: Final = Message(
    "pemetaan kode ke AreaSet, mis. rb.AREA_SETS",
    "a mapping of codes to AreaSet, such as rb.AREA_SETS",
)


def _rules(name: str, value: object) -> tuple[Rule, ...]:
    """The rules given as *name*, checked to be rules."""
    if not isinstance(value, Iterable) or isinstance(value, str | bytes | Mapping):
        raise _checks.wrong_argument("validate", name, value, _RULES)
    items = tuple(value)
    for i, item in enumerate(items):
        if not isinstance(item, Rule):
            raise _checks.wrong_argument("validate", f"{name}[{i}]", item, _RULE)
    return items


def _check_area_sets(value: object) -> None:
    if value is None:
        return
    if not isinstance(value, Mapping):
        raise _checks.wrong_argument("validate", "area_sets", value, _AREA_SETS)
    for code, area_set in value.items():
        if not isinstance(code, str) or not isinstance(area_set, AreaSet):
            raise _checks.wrong_argument("validate", "area_sets", value, _AREA_SETS)


def _left_out(roadmap: RoadMap, item: Rule, column: Column) -> Violation:
    """The note that *item* was not run: the road map's tables have no *column*."""
    name = column.label
    return Violation(
        entity_id=roadmap.id,
        field="profile.columns",
        value=column.value,
        message=Message(
            f"rencana aksi dokumen ini tidak memiliki kolom {name.indonesian.lower()}: aturan "
            f"{item.name} tidak diperiksa per baris",
            f"the document's action plan has no {name.english.lower()} column: {item.name} "
            "is not checked row by row",
        ),
    )


def _unique(findings: Iterable[Finding]) -> Iterator[Finding]:
    """Drop exact repeats (same fingerprint), which a check may yield for one cause."""
    seen: set[str] = set()
    for finding in findings:
        if finding.fingerprint not in seen:
            seen.add(finding.fingerprint)
            yield finding


_INDEX: Final = re.compile(r"\[(\d+)\]")


def _path_key(path: str) -> tuple[object, ...]:
    """Order paths with their list indices as numbers, so that [10] comes after [9]."""
    parts: list[object] = []
    for piece in _INDEX.split(path):
        parts.append((0, int(piece), "") if piece.isdigit() else (1, 0, piece))
    return tuple(parts)
