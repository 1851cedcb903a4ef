"""The rules engine (*mesin aturan*): rules, findings, reports and `validate`.

It works as a linter for a domain object. A `Rule` has a stable code (``RB402``),
a name (``several-units``), a default `Severity`, a one-line summary in
Indonesian and English, an explanation under the same four headings for every
rule, and a check: a function from a read-only `Context` of the road map to the
`Violation` objects it finds. `validate` runs the selected rules and turns each
violation into a `Finding` with the rule's code and severity, a full path, a
message in both languages and a fingerprint, applies the road map's waivers,
and returns a `Report`.

There is no global registry: the built-in rules are the immutable
`rbroadmap.rules.CATALOGUE`, and rules of your own are passed in
(``validate(roadmap, extra_rules=[my_rule])``) or combined into a `Ruleset`.

**Selecting rules** works by code or prefix, as in ruff: ``select=["RB1",
"RB402"]`` runs the structure rules and one unit rule; ``ignore=["RB5"]`` leaves
out the text rules. When both name a rule, the longer (more specific) prefix
wins; at equal length, ``ignore`` wins. ``severity={"RB4": "error"}`` raises the
unit rules to errors, again by the most specific prefix.

**Waivers** (`rbroadmap.Waiver`) live in the road map. A waiver matches the
findings of its rule code on its entity id. Waived findings stay in the report,
marked as waived, and are not counted. Three engine rules report on the waivers
themselves:

* ``RB001 expired-waiver``: a waiver whose expiry date lies before ``as_of``;
  it waives nothing.
* ``RB002 unused-waiver``: a waiver that matches no finding of a rule that ran
  (or names a rule that does not exist).
* ``RB003 unjudged-waiver``: a waiver with an expiry date while no ``as_of``
  was given. rbroadmap never reads the clock, so it cannot tell whether the
  waiver has expired; it keeps waiving, and this finding asks for ``as_of``.

**Order and fingerprints.** A report lists findings by rule code, then in the
road map's document order, then by path: the same road map and options give
the same report. A fingerprint hashes the rule code, the entity id, the field
within the entity and the offending value, never the message or the position of
the entity in the document, so that a finding keeps its fingerprint when the
wording of messages changes or rows are added elsewhere, and two reports can be
compared (`Report.new_since`, `Report.fixed_since`).
"""

from __future__ import annotations

import hashlib
import importlib
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
from datetime import date
from decimal import Decimal
from enum import Enum
from typing import Any, Final, SupportsIndex, final

import attrs
import pendulum

from rbroadmap.areasets import AREA_SETS, AreaSet
from rbroadmap.messages import Lang, Message, check_lang
from rbroadmap.model import RoadMap, Waiver
from rbroadmap.notation import format_value
from rbroadmap.rules import _display
from rbroadmap.rules.context import Context, Options
from rbroadmap.scales import Scale
from rbroadmap.values import is_target_value

__all__ = [
    "EXPIRED_WAIVER",
    "UNJUDGED_WAIVER",
    "UNUSED_WAIVER",
    "Check",
    "Finding",
    "Report",
    "Rule",
    "Ruleset",
    "Severity",
    "Violation",
    "rule",
    "validate",
]

_CODE: Final = re.compile(r"[A-Z]{1,8}[0-9]{1,6}\Z")
_NAME: Final = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*\Z")
_PREFIX: Final = re.compile(r"[A-Z]{1,8}[0-9]{0,6}\Z")


class Severity(Enum):
    """Severity (*tingkat keparahan*) of a finding: error, warning or info."""

    ERROR = "error"
    """Galat: the road map contradicts itself or a regulation; fix before use."""
    WARNING = "warning"
    """Peringatan: probably wrong, or missing what a road map should say."""
    INFO = "info"
    """Informasi: worth a look; often a matter of style or of reading."""

    @property
    def rank(self) -> int:
        """0 for errors, 1 for warnings, 2 for info: the order reports use.

        >>> Severity.WARNING.rank
        1
        """
        return _RANK[self]

    @property
    def label(self) -> Message:
        """The severity's name in both languages.

        >>> Severity.ERROR.label.indonesian
        'galat'
        """
        return _LABELS[self]

    @classmethod
    def parse(cls, value: Severity | str) -> Severity:
        """Return the severity *value* names (``"error"``, ``"warning"``, ``"info"``).

        Raises:
            ValueError: If *value* names no severity.

        >>> Severity.parse("Warning")
        <Severity.WARNING: 'warning'>
        """
        if isinstance(value, Severity):
            return value
        try:
            return cls(str(value).casefold())
        except ValueError:
            msg = f"severity must be 'error', 'warning' or 'info', not {value!r}"
            raise ValueError(msg) from None


_RANK: Final = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}
_LABELS: Final = {
    Severity.ERROR: Message("galat", "error"),
    Severity.WARNING: Message("peringatan", "warning"),
    Severity.INFO: Message("info", "info"),
}


@final
@attrs.frozen(kw_only=True)
class Violation:
    """Violation (*pelanggaran*): what a rule's check reports, before the engine adds the rest.

    A check yields violations; `validate` turns each into a `Finding` with the
    rule's code and severity, the full path and a fingerprint.

    Attributes:
        entity_id: The id of the entity at fault (an action, a problem, the
            road map itself...).
        field: Where in the entity, as a path relative to it (``"budget"``,
            ``"units[1]"``, ``"improvements[8].text"``), or ``""`` for the
            entity as a whole.
        value: The offending value (text, a number, a target value), or ``None``.
        message: What is wrong, in Indonesian and English.
        suggestion: What to write instead, when it can be computed.

    >>> Violation(entity_id="a1", field="budget", value=0,
    ...           message=Message("anggaran nol", "zero budget")).field
    'budget'
    """

    entity_id: str
    field: str = ""
    value: object = None
    message: Message
    suggestion: str | None = None


Check = Callable[[Context], Iterable[Violation]]
"""A rule's check: a function from the read-only context to the violations it finds."""


def _check_code(_: object, __: attrs.Attribute[str], code: object) -> None:
    if not isinstance(code, str) or not _CODE.match(code):
        msg = f"a rule code is 1-8 capital letters then 1-6 digits, such as 'RB101', not {code!r}"
        raise ValueError(msg)


def _check_name(_: object, __: attrs.Attribute[str], name: object) -> None:
    if not isinstance(name, str) or not _NAME.match(name):
        msg = (
            f"a rule name is lower-case words joined by '-', such as 'missing-budget', not {name!r}"
        )
        raise ValueError(msg)


def _severity(value: Severity | str) -> Severity:
    return Severity.parse(value)


@final
@attrs.frozen(kw_only=True)
class Rule:
    """Rule (*aturan*): a named, documented consistency check over a road map.

    Attributes:
        code: Stable code: capitals then digits (``"RB301"``). The built-in
            families are RB0xx waivers, RB1xx structure, RB2xx targets, RB3xx
            budgets and programmes, RB4xx units, RB5xx texts, RB6xx claims
            against regulation scales and RB7xx organisation and stages. Use a
            prefix of your own (``"KOTA001"``) for rules of your own.
        name: Short name in lower-case words joined by ``-`` (``"missing-budget"``).
        severity: The default severity of its findings.
        summary: One line, in Indonesian and English.
        what: What it checks (English, Markdown).
        why: Why it matters.
        example: An example that triggers it.
        reference: The regulation or source it follows, or ``None``.
        check: The check (see `Check`).

    Rules compare equal by all their fields; the check is compared by identity.
    """

    code: str = attrs.field(validator=_check_code)
    name: str = attrs.field(validator=_check_name)
    severity: Severity = attrs.field(converter=_severity)
    summary: Message = attrs.field(validator=attrs.validators.instance_of(Message))
    what: str
    why: str
    example: str
    reference: str | None = None
    check: Check = attrs.field(eq=False, repr=False)

    def __call__(self, context: Context) -> Iterable[Violation]:
        """Run the check on *context*."""
        return self.check(context)

    def __reduce_ex__(self, protocol: SupportsIndex) -> str | tuple[Any, ...]:
        """Pickle a rule made by `rule` as a reference to the name it was defined under.

        The decorator puts the rule where its check function was (``missing_budget`` in
        `rbroadmap.rules.budgets` is the rule, not the function), so the function
        cannot be pickled by name; the rule is, and unpickles as the same rule. Other
        rules pickle field by field, their check by name.
        """
        module = getattr(self.check, "__module__", None)
        name = getattr(self.check, "__qualname__", "")
        if module and name.isidentifier():
            try:
                defined = getattr(importlib.import_module(module), name, None)
            except ImportError:  # pragma: no cover - the check's module is loaded
                defined = None
            if defined is self:
                return (_rule_named, (module, name))
        return super().__reduce_ex__(protocol)


def _rule_named(module: str, name: str) -> Rule:
    """Return the rule defined as *name* in *module* (see `Rule.__reduce_ex__`)."""
    found = getattr(importlib.import_module(module), name)
    if not isinstance(found, Rule):  # pragma: no cover - only rules are pickled so
        msg = f"{module}.{name} is not a rule"
        raise TypeError(msg)
    return found


def rule(
    *,
    code: str,
    name: str,
    severity: Severity | str,
    summary: Message,
    what: str,
    why: str,
    example: str,
    reference: str | None = None,
) -> Callable[[Check], Rule]:
    """Decorator that makes a check function into a `Rule` (*aturan*).

    >>> @rule(code="KOTA001", name="no-budget-over-1bn", severity="warning",
    ...       summary=Message("anggaran di atas 1 M", "budget above 1 bn"),
    ...       what="...", why="...", example="...")
    ... def no_budget_over_1bn(ctx):
    ...     return ()
    >>> no_budget_over_1bn.code, no_budget_over_1bn.severity
    ('KOTA001', <Severity.WARNING: 'warning'>)
    """

    def make(check: Check) -> Rule:
        return Rule(
            code=code,
            name=name,
            severity=severity,
            summary=summary,
            what=what,
            why=why,
            example=example,
            reference=reference,
            check=check,
        )

    return make


def _rules(value: Iterable[Rule]) -> tuple[Rule, ...]:
    items = tuple(value)
    if all(isinstance(r, Rule) for r in items):
        return tuple(sorted(items, key=lambda r: _code_key(r.code)))
    return items  # refused by the validator


def _check_rules(
    _: object, __: attrs.Attribute[tuple[Rule, ...]], rules: tuple[object, ...]
) -> None:
    seen: set[str] = set()
    for item in rules:
        if not isinstance(item, Rule):
            msg = f"a ruleset holds Rule objects, not {type(item).__name__}"
            raise TypeError(msg)
        if item.code in seen:
            msg = f"two rules have the code {item.code!r}"
            raise ValueError(msg)
        seen.add(item.code)


@final
@attrs.frozen
class Ruleset:
    """Ruleset (*kumpulan aturan*): an immutable collection of rules, ordered by code.

    Codes are unique. Combine rulesets with ``+`` (or add rules), look a rule up
    by code with ``ruleset["RB301"]``.

    Attributes:
        rules: The rules, sorted by code.
    """

    rules: tuple[Rule, ...] = attrs.field(converter=_rules, validator=_check_rules)

    def __iter__(self) -> Iterator[Rule]:
        return iter(self.rules)

    def __len__(self) -> int:
        return len(self.rules)

    def __contains__(self, code: object) -> bool:
        return any(r.code == code for r in self.rules)

    def __getitem__(self, code: str) -> Rule:
        for item in self.rules:
            if item.code == code:
                return item
        raise KeyError(code)

    def __add__(self, other: Iterable[Rule]) -> Ruleset:
        return Ruleset((*self.rules, *other))

    @property
    def codes(self) -> tuple[str, ...]:
        """The rules' codes, in order."""
        return tuple(r.code for r in self.rules)


def _code_key(code: str) -> tuple[str, int, str]:
    letters = code.rstrip("0123456789")
    digits = code[len(letters) :]
    return (letters, int(digits) if digits else -1, code)


# -- findings


def plain_value(value: object) -> str | int | None:
    """Return *value* as plain data for a finding: text, a whole number or ``None``.

    Target values are written in canonical Indonesian notation; decimals keep
    their digits.

    >>> from rbroadmap.values import Percentage
    >>> plain_value(Percentage(25)), plain_value(Decimal("79.30")), plain_value(3)
    ('25%', '79.30', 3)
    """
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, int):
        return value
    if is_target_value(value):
        return format_value(value)
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, tuple | list):
        return " | ".join(str(plain_value(v)) for v in value)
    return str(value)


def fingerprint(code: str, entity_id: str, field: str, value: str | int | None) -> str:
    """Return the fingerprint of a finding: a short hash of what it is about.

    The message and the entity's position in the document do not enter it.

    >>> fingerprint("RB301", "organisasi-1", "budget", None)
    '...'
    >>> len(fingerprint("RB301", "organisasi-1", "budget", None))
    16
    """
    shown = "" if value is None else " ".join(str(value).casefold().split())
    data = "\x1f".join((code, entity_id, field, shown))
    return hashlib.sha256(data.encode()).hexdigest()[:16]


@final
@attrs.frozen(kw_only=True)
class Finding:
    """Finding (*temuan*): one inconsistency a rule found, ready to show.

    Attributes:
        code: The rule's code (``"RB401"``).
        name: The rule's name (``"unknown-unit"``).
        severity: The finding's severity (the rule's default, or as overridden).
        entity_id: The id of the entity at fault.
        path: Where the value sits in the road map, as a JSON path
            (``"$.areas[6].actions[1].units[0]"``).
        value: The offending value as plain data (text, a whole number or
            ``None``); target values in canonical notation.
        detail: The message in Indonesian and English.
        suggestion: What to write instead, when it can be computed.
        fingerprint: Stable short hash of code, entity, field and value.
        waiver: The waiver that waives it, or ``None``.
        lang: The language of `message`.
    """

    code: str
    name: str
    severity: Severity
    entity_id: str
    path: str
    value: str | int | None
    detail: Message
    suggestion: str | None = None
    fingerprint: str
    waiver: Waiver | None = None
    lang: Lang = "id"

    @property
    def message(self) -> str:
        """The message in the report's language."""
        return self.detail.get(self.lang)

    @property
    def waived(self) -> bool:
        """Whether a waiver in force waives this finding."""
        return self.waiver is not None

    def text(self, lang: Lang | None = None) -> str:
        """Return the message in *lang* (by default the report's language)."""
        return self.detail.get(self.lang if lang is None else lang)

    def to_dict(self) -> dict[str, Any]:
        """Return the finding as plain data (strings, numbers, ``None``), for JSON."""
        return {
            "code": self.code,
            "name": self.name,
            "severity": self.severity.value,
            "entity_id": self.entity_id,
            "path": self.path,
            "value": self.value,
            "message": self.message,
            "message_id": self.detail.indonesian,
            "message_en": self.detail.english,
            "suggestion": self.suggestion,
            "fingerprint": self.fingerprint,
            "waived": self.waived,
            "waiver_reason": None if self.waiver is None else self.waiver.reason,
        }


# -- the report

_TEXT: Final = {
    "title": Message("Laporan pemeriksaan", "Validation report"),
    "none": Message("Tidak ada temuan.", "No findings."),
    "waived": Message("Temuan yang dikecualikan", "Waived findings"),
    "suggest": Message("usulan", "suggestion"),
    "reason": Message("alasan", "reason"),
    "until": Message("sampai", "until"),
    "as_of": Message("per tanggal", "as of"),
    "total": Message("temuan", "findings"),
}


@final
@attrs.frozen(kw_only=True)
class Report:
    """Report (*laporan pemeriksaan*): every finding of one validation, in a stable order.

    Attributes:
        roadmap_id: The id of the road map validated.
        findings: Every finding, waived ones included, ordered by rule code,
            then document order, then path.
        rules: The rules that ran, in code order.
        lang: The language of the findings' messages.
        as_of: The date waivers were judged on, or ``None``.
    """

    roadmap_id: str
    findings: tuple[Finding, ...]
    rules: tuple[Rule, ...]
    lang: Lang = "id"
    as_of: pendulum.Date | None = None

    def __iter__(self) -> Iterator[Finding]:
        """Iterate over the findings that are not waived."""
        return iter(self.active)

    def __len__(self) -> int:
        """The number of findings that are not waived."""
        return len(self.active)

    @property
    def active(self) -> tuple[Finding, ...]:
        """The findings no waiver waives."""
        return tuple(f for f in self.findings if not f.waived)

    @property
    def waived(self) -> tuple[Finding, ...]:
        """The findings a waiver in force waives."""
        return tuple(f for f in self.findings if f.waived)

    @property
    def counts(self) -> dict[Severity, int]:
        """How many findings (not waived) of each severity, errors first."""
        counter = Counter(f.severity for f in self.active)
        return {s: counter.get(s, 0) for s in Severity}

    @property
    def has_errors(self) -> bool:
        """Whether any error remains once waivers are applied."""
        return any(f.severity is Severity.ERROR for f in self.active)

    @property
    def ok(self) -> bool:
        """Whether no error remains (warnings and info do not count)."""
        return not self.has_errors

    def codes(self) -> tuple[str, ...]:
        """The codes of the rules with findings (not waived), in order."""
        return tuple(self.by_rule())

    def by_rule(self) -> dict[str, tuple[Finding, ...]]:
        """The findings (not waived) grouped by rule code, in code order."""
        groups: dict[str, list[Finding]] = {}
        for finding in self.active:
            groups.setdefault(finding.code, []).append(finding)
        return {code: tuple(found) for code, found in groups.items()}

    def rule(self, code: str) -> Rule:
        """Return the rule with this code among the rules that ran."""
        for item in self.rules:
            if item.code == code:
                return item
        raise KeyError(code)

    def new_since(self, baseline: Report | Iterable[str]) -> tuple[Finding, ...]:
        """The findings (not waived) whose fingerprint is not in *baseline*.

        *baseline* is an earlier report or the fingerprints it had.
        """
        known = _fingerprints(baseline)
        return tuple(f for f in self.active if f.fingerprint not in known)

    def fixed_since(self, baseline: Report) -> tuple[Finding, ...]:
        """The findings of *baseline* (not waived) that this report no longer has."""
        known = _fingerprints(self)
        return tuple(f for f in baseline.active if f.fingerprint not in known)

    def with_lang(self, lang: Lang) -> Report:
        """Return the same report with messages in *lang*."""
        lang = check_lang(lang)
        return attrs.evolve(
            self, lang=lang, findings=tuple(attrs.evolve(f, lang=lang) for f in self.findings)
        )

    def to_dict(self) -> dict[str, Any]:
        """Return the report as plain data (dicts, lists, strings, numbers), for JSON.

        Findings are listed in the report's order, waived ones under ``"waived"``.
        """
        by_rule = self.by_rule()
        return {
            "roadmap": self.roadmap_id,
            "lang": self.lang,
            "as_of": None if self.as_of is None else self.as_of.isoformat(),
            "counts": {s.value: n for s, n in self.counts.items()},
            "has_errors": self.has_errors,
            "rules": [
                {
                    "code": r.code,
                    "name": r.name,
                    "severity": r.severity.value,
                    "summary": r.summary.get(self.lang),
                    "findings": len(by_rule.get(r.code, ())),
                }
                for r in self.rules
            ],
            "findings": [f.to_dict() for f in self.active],
            "waived": [f.to_dict() for f in self.waived],
        }

    def to_text(self, lang: Lang | None = None) -> str:
        """Return the report as readable text, grouped by rule, in *lang*.

        Each rule with findings gets a heading with its code, name, severity,
        summary and count; each finding a line with the entity id and the
        message, and the suggestion under it. Waived findings come last, with
        their reasons.
        """
        lang = self.lang if lang is None else check_lang(lang)

        def t(key: str) -> str:
            return _TEXT[key].get(lang)

        counts = ", ".join(f"{n} {s.label.get(lang)}" for s, n in self.counts.items())
        heading = f"{t('title')}: {self.roadmap_id}"
        if self.as_of is not None:
            heading += f" ({t('as_of')} {self.as_of.isoformat()})"
        lines = [heading, f"{len(self.active)} {t('total')}: {counts}"]
        if not self.active:
            lines += ["", t("none")]
        for code, found in self.by_rule().items():
            item = self.rule(code)
            severities = sorted({f.severity for f in found}, key=lambda s: s.rank)
            shown = "/".join(s.label.get(lang) for s in severities)
            lines += [
                "",
                f"{code} {item.name} [{shown}] ({len(found)}): {item.summary.get(lang)}",
            ]
            for finding in found:
                lines.append(f"  - {finding.entity_id}: {finding.text(lang)}")
                if finding.suggestion is not None:
                    lines.append(f"      {t('suggest')}: {finding.suggestion}")
        if self.waived:
            lines += ["", f"{t('waived')} ({len(self.waived)}):"]
            for finding in self.waived:
                waiver = finding.waiver
                assert waiver is not None
                until = "" if waiver.expires is None else f", {t('until')} {waiver.expires}"
                lines.append(
                    f"  - {finding.code} {finding.entity_id}: {finding.text(lang)} "
                    f"({t('reason')}: {waiver.reason}{until})"
                )
        return "\n".join(lines)

    def __str__(self) -> str:
        return self.to_text()

    def __repr__(self) -> str:
        return _display.report_repr(self)

    def _repr_html_(self) -> str:
        """A compact summary for notebooks: counts, the top rules, a few findings each."""
        return _display.report_html(self)


def _fingerprints(report: Report | Iterable[str]) -> frozenset[str]:
    if isinstance(report, Report):
        return frozenset(f.fingerprint for f in report.active)
    return frozenset(report)


# -- the engine's own rules: waivers


def _no_check(_: Context) -> Iterable[Violation]:
    return ()


EXPIRED_WAIVER: Final = Rule(
    code="RB001",
    name="expired-waiver",
    severity=Severity.WARNING,
    summary=Message(
        "Pengecualian sudah kedaluwarsa dan tidak lagi berlaku",
        "A waiver has expired and no longer waives anything",
    ),
    what=(
        "Every waiver of the road map with an expiry date before the `as_of` date given to "
        "`validate`. An expired waiver waives nothing: the findings it covered are reported "
        "again."
    ),
    why=(
        "A waiver accepts a finding for a time, for a reason (a regulation being revised, a "
        "unit being reorganised). When the time is up, the reason must be looked at again: "
        "either the finding is fixed, or the waiver is renewed with a new date."
    ),
    example=(
        '`Waiver(code="RB402", entity_id="tatalaksana-4", reason="...", '
        "expires=pendulum.date(2020, 12, 31))` validated with "
        "`as_of=pendulum.date(2021, 6, 30)`."
    ),
    check=_no_check,
)

UNUSED_WAIVER: Final = Rule(
    code="RB002",
    name="unused-waiver",
    severity=Severity.WARNING,
    summary=Message(
        "Pengecualian tidak cocok dengan temuan mana pun",
        "A waiver matches no finding",
    ),
    what=(
        "Every waiver that waives no finding: its rule found nothing on its entity, its "
        "entity id names nothing in the road map, or its code names no rule. Waivers of rules "
        "that were not selected are not judged."
    ),
    why=(
        "A waiver that matches nothing is stale: the finding was fixed, the entity was "
        "renamed, or the code was mistyped. Left in place, it would silently waive a new "
        "finding that happens to match it later."
    ),
    example='`Waiver(code="RB301", entity_id="organisasi-1", reason="...")` when row '
    "`organisasi-1` has a budget.",
    check=_no_check,
)

UNJUDGED_WAIVER: Final = Rule(
    code="RB003",
    name="unjudged-waiver",
    severity=Severity.INFO,
    summary=Message(
        "Masa berlaku pengecualian tidak dapat dinilai tanpa tanggal as_of",
        "A waiver's expiry cannot be judged without an as_of date",
    ),
    what=(
        "Every waiver with an expiry date when `validate` was called without `as_of`. The "
        "waiver keeps waiving."
    ),
    why=(
        "rbroadmap never reads the clock: whether a waiver has expired depends on the date "
        "you judge it on, which only you know. Pass `as_of=pendulum.date(...)` to judge it."
    ),
    example="`validate(roadmap)` on a road map with `Waiver(..., expires=pendulum.date(2020, "
    "12, 31))`.",
    check=_no_check,
)

_ENGINE_RULES: Final = (EXPIRED_WAIVER, UNUSED_WAIVER, UNJUDGED_WAIVER)


# -- selection


def _selectors(value: Iterable[str] | str | None, what: str) -> tuple[str, ...] | None:
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


def _select(
    rules: tuple[Rule, ...], select: tuple[str, ...] | None, ignore: tuple[str, ...]
) -> tuple[Rule, ...]:
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


def _severities(
    overrides: Mapping[str, Severity | str] | None,
    pool: tuple[Rule, ...],
    chosen: tuple[Rule, ...],
) -> dict[str, Severity]:
    if not overrides:
        return {r.code: r.severity for r in chosen}
    parsed = {prefix: Severity.parse(s) for prefix, s in overrides.items()}
    for prefix in _selectors(tuple(parsed), "severity") or ():
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


def _as_date(value: object) -> pendulum.Date | None:
    if value is None:
        return None
    if not isinstance(value, date):
        msg = f"as_of must be a date, not {type(value).__name__}"
        raise TypeError(msg)
    return pendulum.Date(value.year, value.month, value.day)


# -- validate


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
        as_of: The date waivers are judged on. rbroadmap never reads the clock.
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
        ValueError: If a selector names no rule, two rules share a code, or a
            severity or language is unknown.

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
    lang = check_lang(lang)
    judged_on = _as_date(as_of)
    if rules is None:
        from rbroadmap.rules.catalogue import CATALOGUE  # noqa: PLC0415  # the catalogue imports us

        rules = CATALOGUE
    base = tuple(rules) + tuple(extra_rules)
    engine_codes = {r.code for r in _ENGINE_RULES}
    pool = Ruleset((*(r for r in _ENGINE_RULES if r.code not in {x.code for x in base}), *base))
    chosen = _select(pool.rules, _selectors(select, "select"), _selectors(ignore, "ignore") or ())
    levels = _severities(severity, pool.rules, chosen)
    options = Options(
        ikm_scale=ikm_scale,
        area_sets=AREA_SETS if area_sets is None else area_sets,
    )
    context = Context(roadmap, options)

    raw: list[tuple[Rule, Violation]] = []
    for item in chosen:
        if item.code in engine_codes:
            continue
        found: Iterable[object] = item.check(context)
        for violation in found:
            if not isinstance(violation, Violation):
                msg = f"rule {item.code} yielded {type(violation).__name__}, not a Violation"
                raise TypeError(msg)
            raw.append((item, violation))

    # waivers
    ran = {r.code for r in chosen}
    known_codes = {r.code for r in pool.rules}
    by_key: dict[tuple[str, str], list[int]] = {}
    for i, (item, violation) in enumerate(raw):
        by_key.setdefault((item.code, violation.entity_id), []).append(i)
    waiver_of: dict[int, Waiver] = {}
    for index, waiver in enumerate(roadmap.waivers):
        field = f"waivers[{index}]"
        matched = by_key.get((waiver.code, waiver.entity_id), [])
        if judged_on is not None and not waiver.in_force(judged_on):
            raw.append((EXPIRED_WAIVER, _expired(waiver, field, judged_on, len(matched))))
            continue
        if waiver.expires is not None and judged_on is None:
            raw.append((UNJUDGED_WAIVER, _unjudged(waiver, field)))
        if matched:
            for i in matched:
                waiver_of.setdefault(i, waiver)
        elif waiver.code not in known_codes or waiver.code in ran:
            raw.append((UNUSED_WAIVER, _unused(waiver, field, waiver.code in known_codes)))

    findings: list[tuple[int, Finding]] = []
    for i, (item, violation) in enumerate(raw):
        if item.code not in ran:
            continue
        value = plain_value(violation.value)
        if item.code in engine_codes:
            path = f"$.{violation.field}"
        else:
            path = context.path(violation.entity_id, violation.field)
        finding = Finding(
            code=item.code,
            name=item.name,
            severity=levels[item.code],
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
            _code_key(pair[1].code),
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


def _expired(waiver: Waiver, field: str, judged_on: pendulum.Date, matched: int) -> Violation:
    still = (
        (f"; {matched} temuan kembali dilaporkan", f"; {matched} finding(s) are reported again")
        if matched
        else ("", "")
    )
    return Violation(
        entity_id=waiver.entity_id,
        field=field,
        value=waiver.code,
        message=Message(
            f"pengecualian {waiver.code} untuk {waiver.entity_id!r} berakhir {waiver.expires} "
            f"(sebelum {judged_on}){still[0]}",
            f"the waiver of {waiver.code} for {waiver.entity_id!r} expired on {waiver.expires} "
            f"(before {judged_on}){still[1]}",
        ),
    )


def _unjudged(waiver: Waiver, field: str) -> Violation:
    return Violation(
        entity_id=waiver.entity_id,
        field=field,
        value=waiver.code,
        message=Message(
            f"pengecualian {waiver.code} untuk {waiver.entity_id!r} berlaku sampai "
            f"{waiver.expires}; berikan as_of untuk menilai apakah masih berlaku",
            f"the waiver of {waiver.code} for {waiver.entity_id!r} runs until {waiver.expires}; "
            "pass as_of to judge whether it is still in force",
        ),
    )


def _unused(waiver: Waiver, field: str, known: bool) -> Violation:
    if not known:
        return Violation(
            entity_id=waiver.entity_id,
            field=field,
            value=waiver.code,
            message=Message(
                f"pengecualian menyebut aturan {waiver.code!r} yang tidak ada",
                f"the waiver names the rule {waiver.code!r}, which does not exist",
            ),
        )
    return Violation(
        entity_id=waiver.entity_id,
        field=field,
        value=waiver.code,
        message=Message(
            f"pengecualian {waiver.code} untuk {waiver.entity_id!r} tidak cocok dengan temuan "
            "mana pun; hapus bila temuannya sudah diperbaiki",
            f"the waiver of {waiver.code} for {waiver.entity_id!r} matches no finding; remove "
            "it if the finding was fixed",
        ),
    )
