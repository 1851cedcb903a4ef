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
from rbroadmap.rules.kernel import Severity

if TYPE_CHECKING:
    from rbroadmap.rules.report import Finding, Report

MAX_RULES: Final = 10
"""Rules with findings shown; the others are counted in one line."""
MAX_FINDINGS: Final = 3
"""Findings shown per rule."""
MAX_WAIVED: Final = 5
"""Waived findings shown."""
MESSAGE_WIDTH: Final = 110

COLOURS: Final = {Severity.ERROR: "#b03a2e", Severity.WARNING: "#b9770e", Severity.INFO: "#2471a3"}


def report_repr(report: Report) -> str:
    """One line: the road map, the counts by severity, the waived findings and the rules.

    Shown for ``repr(report)``, so that a list of many reports stays readable.
    """
    counts = ", ".join(f"{n} {s.plural.english}" for s, n in report.counts.items())
    as_of = "" if report.as_of is None else f" as of {report.as_of.isoformat()}"
    return (
        f"<Report {report.roadmap_id!r}{as_of}: {len(report.active)} findings ({counts}), "
        f"{len(report.waived)} waived, {len(report.rules)} rules>"
    )


def _finding(finding: Finding) -> str:
    line = f"{finding.entity_id}: {finding.message}"
    if finding.suggestion is not None:
        line += f" → {finding.suggestion}"
    return f"<div>{_html.cut(line, MESSAGE_WIDTH)}</div>"


def report_html(report: Report) -> str:
    """The report as a compact HTML summary, for notebooks."""
    lang = report.lang
    badges = " ".join(
        _html.badge(
            f"{n} {s.plural.get(lang)}",
            COLOURS[s],
            title=s.label.english,
        )
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
        shown = "".join(_finding(f) for f in found[:MAX_FINDINGS])
        left = _html.more(len(found) - MAX_FINDINGS, "findings")
        if left:
            shown += f'<div style="color:#555;font-style:italic">{_html.text(left)}</div>'
        rows.append(
            [
                _html.badge(code, COLOURS[worst], title=worst.label.get(lang)),
                f"<code>{_html.text(rule.name)}</code><br>"
                f'<span style="color:#555">{_html.cut(rule.summary.get(lang), 90)}</span>',
                _html.text(len(found)),
                shown,
            ]
        )
    hidden = groups[MAX_RULES:]
    more = None
    if hidden:
        more = (
            f"… and {len(hidden)} more rules with "
            f"{sum(len(found) for _, found in hidden)} findings (report.to_text() lists them all)"
        )
    body = f"<div>{badges}</div>"
    if rows:
        body += _html.table(
            ["kode / code", "aturan / rule", "temuan / findings", "contoh / examples"],
            rows,
            numeric=frozenset({2}),
            more=more,
        )
    else:
        body += '<div style="color:#1e8449">Tidak ada temuan. / No findings.</div>'
    if report.waived:
        waived = [
            [
                _html.text(f.code),
                _html.cut(f"{f.entity_id}: {f.message}", 70),
                _html.cut(f.waiver.reason if f.waiver else "", 50),
                _html.text(
                    "" if f.waiver is None or f.waiver.expires is None else f.waiver.expires
                ),
            ]
            for f in report.waived[:MAX_WAIVED]
        ]
        body += _html.table(
            ["kode / code", "temuan / finding", "alasan / reason", "sampai / until"],
            waived,
            caption=f"Dikecualikan / Waived ({len(report.waived)})",
            more=_html.more(len(report.waived) - MAX_WAIVED, "waived findings"),
        )
    as_of = "" if report.as_of is None else f" · as of {report.as_of.isoformat()}"
    subtitle = (
        f"{len(report.active)} findings · {len(report.waived)} waived · "
        f"{len(report.rules)} rules ran{as_of}"
    )
    return _html.section(
        f"Laporan pemeriksaan / Validation report: {report.roadmap_id}", subtitle, body
    )
