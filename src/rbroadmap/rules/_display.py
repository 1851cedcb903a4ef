"""How a validation report shows itself (private): one line, or a compact HTML summary.

A report of a large road map can hold hundreds of findings. In a notebook it
shows a summary, never a wall of rows: the counts by severity, then the rules
with findings, most severe and most frequent first, each with a few of its
findings and how many more there are; the rest is one line. Every text is
escaped; the whole report stays available as ``report.to_text()`` and
``report.to_dict()``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from rbroadmap import _html
from rbroadmap.messages import Lang, Message
from rbroadmap.rules.kernel import Severity

if TYPE_CHECKING:
    from rbroadmap.rules.report import Finding, Report

MAX_RULES: Final = 10
"""Rules with findings shown; the others are counted in one line."""
MAX_FINDINGS: Final = 3
"""Findings shown per rule."""
MAX_WAIVED: Final = 5
"""Waived findings shown."""
MESSAGE_WIDTH: Final = 160
"""The characters of a message shown before it folds to its point."""

COLOURS: Final = {Severity.ERROR: "#b03a2e", Severity.WARNING: "#a85d00", Severity.INFO: "#2471a3"}

WORDS: Final = {
    "title": Message("Laporan pemeriksaan", "Validation report"),
    "findings": Message("temuan", "findings"),
    "waived": Message("dikecualikan", "waived"),
    "rules ran": Message("aturan dijalankan", "rules ran"),
    "as of": Message("per tanggal", "as of"),
    "code": Message("Kode", "Code"),
    "rule": Message("Aturan", "Rule"),
    "count": Message("Temuan", "Findings"),
    "examples": Message("Contoh", "Examples"),
    "finding": Message("Temuan", "Finding"),
    "reason": Message("Alasan", "Reason"),
    "until": Message("Sampai", "Until"),
    "waived caption": Message("Dikecualikan", "Waived"),
    "waived findings": Message("temuan yang dikecualikan", "waived findings"),
    "none": Message("Tidak ada temuan.", "No findings."),
    "suggestion": Message("usulan", "suggestion"),
}
"""The words of the display, in each language."""


def report_repr(report: Report) -> str:
    """One line: the road map, the counts by severity, the waived findings and the rules.

    Shown for ``repr(report)``, so that a list of many reports stays readable; in
    English, as Python's own representations are, whatever the report's language.
    """
    counts = ", ".join(f"{n} {s.plural.english}" for s, n in report.counts.items())
    as_of = "" if report.as_of is None else f" as of {report.as_of.isoformat()}"
    return (
        f"<Report {report.roadmap_id!r}{as_of}: {len(report.active)} findings ({counts}), "
        f"{len(report.waived)} waived, {len(report.rules)} rules>"
    )


def _finding(finding: Finding, lang: Lang) -> str:
    suggestion = None
    if finding.suggestion is not None:
        suggestion = f"{WORDS['suggestion'].get(lang)}: {finding.suggestion}"
    entity = f"<code>{_html.text(finding.entity_id)}</code>"
    return _html.message(finding.text(lang), MESSAGE_WIDTH, more=suggestion, lead=entity)


def report_html(report: Report, lang: Lang) -> str:
    """The report as a compact HTML summary, for notebooks, in *lang*."""

    def w(key: str) -> str:
        return WORDS[key].get(lang)

    badges = " ".join(
        _html.badge(f"{n} {s.plural.get(lang)}", COLOURS[s], title=s.label.get(lang))
        for s, n in report.counts.items()
    )
    groups = sorted(
        report.by_rule().items(),
        key=lambda item: (min(f.severity.rank for f in item[1]), -len(item[1])),
    )
    rows = []
    for code, found in groups[:MAX_RULES]:
        rule = report.rule(code)
        worst = min((f.severity for f in found), key=lambda s: s.rank)
        shown = "".join(_finding(f, lang) for f in found[:MAX_FINDINGS])
        left = _html.more(len(found) - MAX_FINDINGS, WORDS["findings"], lang)
        if left:
            shown += f"<div>{_html.dim(_html.text(left), italic=True)}</div>"
        rows.append(
            [
                _html.badge(code, COLOURS[worst], title=worst.label.get(lang)),
                f"<code>{_html.text(rule.name)}</code><br>"
                f"{_html.dim(_html.cut(rule.summary.get(lang), 90))}",
                _html.text(len(found)),
                shown,
            ]
        )
    hidden = groups[MAX_RULES:]
    more = None
    if hidden:
        hidden_findings = sum(len(found) for _, found in hidden)
        if lang == "id":
            more = (
                f"… dan {len(hidden)} aturan lainnya dengan {hidden_findings} temuan "
                "(report.to_text() memuat semuanya)"
            )
        else:
            more = (
                f"… and {len(hidden)} more rules with {hidden_findings} findings "
                "(report.to_text() lists them all)"
            )
    body = f"<div>{badges}</div>"
    if rows:
        body += _html.table(
            [w("code"), w("rule"), w("count"), w("examples")],
            rows,
            numeric=frozenset({2}),
            more=more,
        )
    else:
        body += f"<div>{_html.badge(w('none'), '#1e7b45')}</div>"
    if report.waived:
        waived = [
            [
                _html.text(f.code),
                _html.message(f.text(lang), 90, lead=f"<code>{_html.text(f.entity_id)}</code>"),
                _html.cut(f.waiver.reason if f.waiver else "", 50),
                _html.text(
                    "" if f.waiver is None or f.waiver.expires is None else f.waiver.expires
                ),
            ]
            for f in report.waived[:MAX_WAIVED]
        ]
        body += _html.table(
            [w("code"), w("finding"), w("reason"), w("until")],
            waived,
            caption=f"{w('waived caption')} ({len(report.waived)})",
            more=_html.more(len(report.waived) - MAX_WAIVED, WORDS["waived findings"], lang),
        )
    as_of = "" if report.as_of is None else f" · {w('as of')} {report.as_of.isoformat()}"
    subtitle = (
        f"{len(report.active)} {w('findings')} · {len(report.waived)} {w('waived')} · "
        f"{len(report.rules)} {w('rules ran')}{as_of}"
    )
    return _html.section(f"{w('title')}: {report.roadmap_id}", subtitle, body)
