"""The report (*laporan pemeriksaan*): findings, their fingerprints, and how they show.

`rbroadmap.validate` turns each `rbroadmap.rules.Violation` a check yields
into a `Finding` with the rule's code and severity, a full path, a message in
both languages and a fingerprint, and gathers them in a `Report`.

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
from collections import Counter
from collections.abc import Iterable, Iterator
from decimal import Decimal
from typing import Any, Final, final

import attrs
import pendulum

from rbroadmap import _checks
from rbroadmap._text import name_key
from rbroadmap.messages import Lang, Message
from rbroadmap.model import Waiver
from rbroadmap.notation import format_value
from rbroadmap.rules import _display
from rbroadmap.rules.kernel import Rule, Severity
from rbroadmap.values import is_target_value

__all__ = ["Finding", "Report", "fingerprint", "plain_value"]

_DECIMAL_BITS: Final = 13_000
"""Whole numbers up to about 3,900 digits are written in decimal; Python writes no more
than 4,300."""


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
    shown = "" if value is None else name_key(_text_of(value))
    data = "\x1f".join((code, entity_id, field, shown))
    # "surrogatepass": a value a rule of your own reports may hold a lone surrogate
    return hashlib.sha256(data.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def _text_of(value: str | int) -> str:
    """*value* as text; a whole number too long for Python to write, in hexadecimal."""
    if isinstance(value, int) and value.bit_length() > _DECIMAL_BITS:
        return hex(value)
    return str(value)


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
        lang = _checks.language("with_lang", lang)
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
        lang = self.lang if lang is None else _checks.language("to_text", lang)

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
