"""How an attainment report shows itself (private): one line, or a compact HTML summary.

In a notebook an `AttainmentReport` shows the road map's headline (attainment
to date, its band, coverage, absorption and the outlook for the final year),
the roll-ups by year and by area of change with inline SVG bars, and the
targets projected to miss their final target, worst first. Long lists are
capped with a note of what was left out: the whole report stays available as
``report.to_records()`` and ``report.to_dict()``. Every text is escaped.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Final

from rbroadmap import _html
from rbroadmap.attainment.forecast import Outlook
from rbroadmap.notation import format_number, format_value

if TYPE_CHECKING:
    from rbroadmap.attainment.bands import Band, BandTable
    from rbroadmap.attainment.report import AttainmentReport
    from rbroadmap.attainment.rollups import RollUp

MAX_GROUPS: Final = 20
"""Years or areas shown; the others are counted in one line."""
MAX_TARGETS: Final = 10
"""Targets off track shown."""
MAX_MISSING: Final = 8
"""Ids of unreported targets shown."""

# Best band first: green to red, whatever the number of bands.
_RAMP: Final = ("#1e8449", "#52be80", "#d4ac0d", "#e67e22", "#c0392b")
_GREY: Final = "#7f8c8d"
OUTLOOK_COLOURS: Final = {
    Outlook.ON_TRACK: "#1e8449",
    Outlook.AT_RISK: "#d68910",
    Outlook.OFF_TRACK: "#c0392b",
    Outlook.UNKNOWN: _GREY,
}


def band_colour(bands: BandTable, band: Band | None) -> str:
    """The colour of *band*: its place in *bands* on a green-to-red ramp."""
    if band is None or band not in bands.bands:
        return _GREY
    if len(bands) == 1:
        return _RAMP[0]
    step = bands.bands.index(band) * (len(_RAMP) - 1) / (len(bands) - 1)
    return _RAMP[round(step)]


def percent(value: Decimal | None) -> str:
    """A percentage in Indonesian notation (``"91,67%"``), or ``"–"``."""
    return "–" if value is None else f"{format_number(value)}%"


def report_repr(report: AttainmentReport) -> str:
    """One line: the road map, the date, the headline figure and the outlook."""
    overall = report.overall
    band = "" if overall.band is None else f" {overall.band.indonesian}"
    outlook = "unknown" if overall.outlook is None else overall.outlook.value
    counts = overall.outlook_counts
    share = f" ({counts.summary.english})" if counts is not None and counts.total else ""
    return (
        f"<AttainmentReport {report.roadmap_id!r} as of {report.as_of.isoformat()}: "
        f"{percent(overall.percent)}{band}, {len(report.targets)} targets, "
        f"{overall.reported} of {overall.due} due reported, outlook {outlook}{share}>"
    )


def _band(report: AttainmentReport, band: Band | None) -> str:
    if band is None:
        return ""
    colour = band_colour(report.options.bands, band)
    return _html.badge(band.indonesian, colour, title=band.english)


def _outlook(outlook: Outlook | None) -> str:
    if outlook is None:
        return ""
    return _html.badge(
        outlook.label.indonesian, OUTLOOK_COLOURS[outlook], title=outlook.label.english
    )


def _groups(
    report: AttainmentReport,
    rollups: tuple[RollUp, ...],
    name: str,
    caption: str,
    *,
    to_date: bool,
) -> str:
    rows = []
    for rollup in rollups[:MAX_GROUPS]:
        colour = band_colour(report.options.bands, rollup.band)
        row = [
            _html.cut(rollup.label, 48),
            _html.text(percent(rollup.percent)),
            _html.bar(rollup.percent, colour=colour),
            _band(report, rollup.band),
            _html.text(f"{rollup.reported}/{rollup.due}"),
            _html.text(percent(rollup.absorption)),
        ]
        if to_date:
            row += [_html.text(percent(rollup.forecast)), _outlook(rollup.outlook)]
        rows.append(row)
    headers = [
        name,
        "capaian / attained",
        "",
        "kategori / band",
        "lapor / reported",
        "serapan / absorbed",
    ]
    if to_date:
        headers += ["proyeksi / forecast", "prospek / outlook"]
    return _html.table(
        headers,
        rows,
        numeric=frozenset({1, 4, 5, 6}),
        caption=caption,
        more=_html.more(len(rollups) - MAX_GROUPS, "groups"),
    )


def _headline(report: AttainmentReport) -> str:
    overall = report.overall
    colour = band_colour(report.options.bands, overall.band)
    parts = [
        f'<b style="font-size:1.2em">{_html.text(percent(overall.percent))}</b>',
        _html.bar(overall.percent, colour=colour, width=180),
        _band(report, overall.band),
        _html.text(f"· {overall.reported} of {overall.due} due targets reported"),
    ]
    if overall.absorption is not None:
        parts.append(_html.text(f"· budget absorbed {percent(overall.absorption)}"))
    final_year = max(
        (t.forecast.final_year for t in report.targets if t.forecast.final_year is not None),
        default=None,
    )
    if overall.outlook is not None:
        until = "" if final_year is None else f" {final_year}"
        parts += [_html.text(f"· outlook{until}:"), _outlook(overall.outlook)]
        counts = overall.outlook_counts
        if counts is not None and counts.total:
            summary = counts.summary
            parts.append(
                f'{_html.text(percent(overall.forecast))}; <span title="'
                f'{_html.text(summary.indonesian)}">{_html.text(summary.english)}</span>'
            )
    line = f'<div style="margin:0.3em 0">{" ".join(parts)}</div>'
    if overall.missing:
        shown = ", ".join(overall.missing[:MAX_MISSING])
        left = len(overall.missing) - MAX_MISSING
        tail = f", … and {left} more" if left > 0 else ""
        line += (
            '<div style="color:#555">'
            f"{_html.text(f'Belum dilaporkan / not reported: {shown}{tail}')}</div>"
        )
    return line


def _off_track(report: AttainmentReport) -> str:
    off = [t for t in report.targets if t.forecast.outlook is Outlook.OFF_TRACK]
    if not off:
        return ""
    off.sort(key=lambda t: (t.forecast.exact is None, t.forecast.exact))
    rows = [
        [
            _html.text(t.target_id),
            _html.cut(t.label, 50),
            _html.text(percent(t.percent)),
            _html.text(percent(t.forecast.percent)),
            _html.text(
                ""
                if t.forecast.final_target is None
                else f"{t.forecast.final_year}: {format_value(t.forecast.final_target)}"
            ),
        ]
        for t in off[:MAX_TARGETS]
    ]
    return _html.table(
        [
            "target",
            "aksi / action",
            "capaian / attained",
            "proyeksi / forecast",
            "target akhir / final",
        ],
        rows,
        numeric=frozenset({2, 3}),
        caption=f"Tidak sesuai jalur / Off track ({len(off)} targets, worst first)",
        more=_html.more(len(off) - MAX_TARGETS, "targets"),
    )


def report_html(report: AttainmentReport) -> str:
    """The report as a compact HTML summary, for notebooks."""
    body = _headline(report)
    years = report.rollups_by("year")
    if years:
        body += _groups(report, years, "tahun / year", "Per tahun / By year", to_date=False)
    areas = report.rollups_by("area")
    if areas:
        caption = "Per area perubahan, s.d. tanggal laporan / By area of change, to date"
        body += _groups(report, areas, "area perubahan / area", caption, to_date=True)
    body += _off_track(report)
    options = report.options
    cap = "" if options.cap is None else f" · cap {format_number(options.cap)}%"
    subtitle = (
        f"as of {report.as_of.isoformat()} · {len(report.targets)} targets · "
        f"{options.method.value} · {options.bands.name}{cap}"
    )
    return _html.section(f"Capaian / Attainment: {report.roadmap_id}", subtitle, body)
