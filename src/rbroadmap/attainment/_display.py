"""How an attainment report shows itself (private): one line, text, or compact HTML.

In a notebook an `AttainmentReport` shows the road map's headline (attainment
to date, its band, coverage, absorption and the outlook for the final year),
the roll-ups by year and by area of change with inline SVG bars, and the
targets projected to miss their final target, worst first. Long lists are
capped with a note of what was left out: the whole report stays available as
``report.to_records()`` and ``report.to_dict()``. Every text is escaped.

The HTML and the text say the same, in one language (the report's, unless
asked), with numbers in that language's notation unless *number_lang* says
otherwise; ``repr`` is one line in English.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Final

from rbroadmap import _html, _layout
from rbroadmap.attainment.forecast import Outlook
from rbroadmap.messages import Lang, Message
from rbroadmap.notation import format_number, format_value

if TYPE_CHECKING:
    from rbroadmap.attainment.bands import Band, BandTable
    from rbroadmap.attainment.report import AttainmentReport, TargetAttainment
    from rbroadmap.attainment.rollups import RollUp

MAX_GROUPS: Final = 20
"""Years or areas shown; the others are counted in one line."""
MAX_TARGETS: Final = 10
"""Targets off track shown."""
MAX_MISSING: Final = 8
"""Ids of unreported targets shown."""

# Best band first: green to red, whatever the number of bands; each readable under
# white text on a light page and on a dark one.
_RAMP: Final = ("#1e7b45", "#567818", "#86700a", "#a4500a", "#b03a2e")
_GREY: Final = "#5d6b6e"
OUTLOOK_COLOURS: Final = {
    Outlook.ON_TRACK: "#1e7b45",
    Outlook.AT_RISK: "#a85d00",
    Outlook.OFF_TRACK: "#b03a2e",
    Outlook.UNKNOWN: _GREY,
}

WORDS: Final = {
    "title": Message("Capaian", "Attainment"),
    "as of": Message("per", "as of"),
    "targets": Message("target", "targets"),
    "target": Message("target", "target"),
    "target column": Message("Target", "Target"),
    "cap": Message("batas atas", "cap"),
    "bands": Message("kategori", "bands"),
    "year": Message("Tahun", "Year"),
    "area": Message("Area perubahan", "Area of change"),
    "attained": Message("Capaian", "Attained"),
    "band": Message("Kategori", "Band"),
    "reported": Message("Melapor", "Reported"),
    "absorbed": Message("Serapan", "Absorbed"),
    "forecast": Message("Proyeksi", "Forecast"),
    "outlook": Message("Prospek", "Outlook"),
    "by year": Message("Per tahun", "By year"),
    "by area": Message(
        "Per area perubahan, s.d. tanggal laporan", "By area of change, to the report's date"
    ),
    "groups": Message("kelompok", "groups"),
    "not reported": Message("Belum dilaporkan", "Not reported"),
    "off track": Message("Tidak sesuai jalur", "Off track"),
    "worst first": Message("terburuk lebih dulu", "worst first"),
    "action": Message("Aksi", "Action"),
    "final": Message("Target akhir", "Final target"),
    "absorption": Message("serapan anggaran", "budget absorbed"),
    "outlook for": Message("prospek", "outlook"),
}
"""The words of the displays, in each language."""


def band_colour(bands: BandTable, band: Band | None) -> str:
    """The colour of *band*: its place in *bands* on a green-to-red ramp."""
    if band is None or band not in bands.bands:
        return _GREY
    if len(bands) == 1:
        return _RAMP[0]
    step = bands.bands.index(band) * (len(_RAMP) - 1) / (len(bands) - 1)
    return _RAMP[round(step)]


def percent(value: Decimal | None, lang: Lang = "id") -> str:
    """A percentage in the notation of *lang* (``"91,67%"``, ``"91.67%"``), or ``"–"``."""
    return "–" if value is None else f"{format_number(value, lang=lang)}%"


def _reported(due: int, reported: int, lang: Lang) -> str:
    """``36 dari 36 target yang jatuh tempo melapor``, ``36 of 36 due targets reported``."""
    if lang == "id":
        return f"{reported} dari {due} target yang jatuh tempo melapor"
    return f"{reported} of {due} due {'target' if due == 1 else 'targets'} reported"


def report_repr(report: AttainmentReport) -> str:
    """One line in English: the road map, the date, the headline figure and the outlook."""
    overall = report.overall
    band = "" if overall.band is None else f" {overall.band.english}"
    outlook = "unknown" if overall.outlook is None else overall.outlook.value
    counts = overall.outlook_counts
    share = f" ({counts.summary.english})" if counts is not None and counts.total else ""
    return (
        f"<AttainmentReport {report.roadmap_id!r} as of {report.as_of.isoformat()}: "
        f"{percent(overall.percent, 'en')}{band}, {len(report.targets)} targets, "
        f"{overall.reported} of {overall.due} due reported, outlook {outlook}{share}>"
    )


def _final_year(report: AttainmentReport) -> int | None:
    return max(
        (t.forecast.final_year for t in report.targets if t.forecast.final_year is not None),
        default=None,
    )


def _off_track(report: AttainmentReport) -> list[TargetAttainment]:
    off = [t for t in report.targets if t.forecast.outlook is Outlook.OFF_TRACK]
    off.sort(key=lambda t: (t.forecast.exact is None, t.forecast.exact))
    return off


def _final(target: TargetAttainment, numbers: Lang) -> str:
    """The final target with its year: ``2022: 100%``."""
    final = target.forecast.final_target
    if final is None:
        return ""
    return f"{target.forecast.final_year}: {format_value(final, lang=numbers)}"


def _missing(overall: RollUp, lang: Lang) -> str | None:
    if not overall.missing:
        return None
    shown = ", ".join(overall.missing[:MAX_MISSING])
    left = len(overall.missing) - MAX_MISSING
    tail = ""
    if left > 0:
        tail = f", … dan {left} lainnya" if lang == "id" else f", … and {left} more"
    return f"{WORDS['not reported'].get(lang)}: {shown}{tail}"


def _subtitle(report: AttainmentReport, lang: Lang, numbers: Lang) -> str:
    options = report.options

    def w(key: str) -> str:
        return WORDS[key].get(lang)

    n = len(report.targets)
    cap = "" if options.cap is None else f" · {w('cap')} {percent(options.cap, numbers)}"
    return (
        f"{w('as of')} {report.as_of.isoformat()} · {n} "
        f"{w('target') if n == 1 else w('targets')} · {options.method.label.get(lang).lower()} · "
        f"{w('bands')} {options.bands.name!r}{cap}"
    )


# -- HTML


def _band(report: AttainmentReport, band: Band | None, lang: Lang) -> str:
    if band is None:
        return ""
    colour = band_colour(report.options.bands, band)
    return _html.badge(band.label.get(lang), colour)


def _outlook(outlook: Outlook | None, lang: Lang) -> str:
    if outlook is None:
        return ""
    return _html.badge(outlook.label.get(lang), OUTLOOK_COLOURS[outlook])


def _groups(
    report: AttainmentReport,
    rollups: tuple[RollUp, ...],
    name: str,
    caption: str,
    *,
    to_date: bool,
    lang: Lang,
    numbers: Lang,
) -> str:
    def w(key: str) -> str:
        return WORDS[key].get(lang)

    rows = []
    for rollup in rollups[:MAX_GROUPS]:
        colour = band_colour(report.options.bands, rollup.band)
        row = [
            _html.cut(rollup.label, 48),
            _html.text(percent(rollup.percent, numbers)),
            _html.bar(rollup.percent, label=percent(rollup.percent, numbers), colour=colour),
            _band(report, rollup.band, lang),
            _html.text(f"{rollup.reported}/{rollup.due}"),
            _html.text(percent(rollup.absorption, numbers)),
        ]
        if to_date:
            row += [_html.text(percent(rollup.forecast, numbers)), _outlook(rollup.outlook, lang)]
        rows.append(row)
    headers = [name, w("attained"), "", w("band"), w("reported"), w("absorbed")]
    if to_date:
        headers += [w("forecast"), w("outlook")]
    return _html.table(
        headers,
        rows,
        numeric=frozenset({1, 4, 5, 6}),
        caption=caption,
        more=_html.more(len(rollups) - MAX_GROUPS, WORDS["groups"], lang),
    )


def _headline(report: AttainmentReport, lang: Lang, numbers: Lang) -> str:
    overall = report.overall
    colour = band_colour(report.options.bands, overall.band)
    parts = [
        f'<b style="font-size:1.2em">{_html.text(percent(overall.percent, numbers))}</b>',
        _html.bar(
            overall.percent, label=percent(overall.percent, numbers), colour=colour, width=180
        ),
        _band(report, overall.band, lang),
        _html.text(f"· {_reported(overall.due, overall.reported, lang)}"),
    ]
    if overall.absorption is not None:
        absorbed = WORDS["absorption"].get(lang)
        parts.append(_html.text(f"· {absorbed} {percent(overall.absorption, numbers)}"))
    final_year = _final_year(report)
    if overall.outlook is not None:
        until = "" if final_year is None else f" {final_year}"
        parts += [
            _html.text(f"· {WORDS['outlook for'].get(lang)}{until}:"),
            _outlook(overall.outlook, lang),
        ]
        counts = overall.outlook_counts
        if counts is not None and counts.total:
            parts.append(
                _html.text(f"{percent(overall.forecast, numbers)}; {counts.summary.get(lang)}")
            )
    line = f'<div style="margin:0.3em 0">{" ".join(parts)}</div>'
    missing = _missing(overall, lang)
    if missing is not None:
        line += f"<div>{_html.dim(_html.text(missing))}</div>"
    return line


def _off_track_html(report: AttainmentReport, lang: Lang, numbers: Lang) -> str:
    off = _off_track(report)
    if not off:
        return ""

    def w(key: str) -> str:
        return WORDS[key].get(lang)

    rows = [
        [
            f'<span style="white-space:nowrap">{_html.text(t.target_id)}</span>',
            _html.cut(t.label, 50),
            _html.text(percent(t.percent, numbers)),
            _html.text(percent(t.forecast.percent, numbers)),
            _html.text(_final(t, numbers)),
        ]
        for t in off[:MAX_TARGETS]
    ]
    n = len(off)
    caption = (
        f"{w('off track')} ({n} {w('target') if n == 1 else w('targets')}, {w('worst first')})"
    )
    return _html.table(
        [w("target column"), w("action"), w("attained"), w("forecast"), w("final")],
        rows,
        numeric=frozenset({2, 3}),
        caption=caption,
        more=_html.more(n - MAX_TARGETS, WORDS["targets"], lang),
    )


def report_html(report: AttainmentReport, lang: Lang, numbers: Lang) -> str:
    """The report as a compact HTML summary, for notebooks, in *lang*."""

    def w(key: str) -> str:
        return WORDS[key].get(lang)

    body = _headline(report, lang, numbers)
    years = report.rollups_by("year")
    if years:
        body += _groups(
            report, years, w("year"), w("by year"), to_date=False, lang=lang, numbers=numbers
        )
    areas = report.rollups_by("area")
    if areas:
        body += _groups(
            report, areas, w("area"), w("by area"), to_date=True, lang=lang, numbers=numbers
        )
    body += _off_track_html(report, lang, numbers)
    return _html.section(
        f"{w('title')}: {report.roadmap_id}", _subtitle(report, lang, numbers), body
    )


# -- text


def _group_lines(
    rollups: tuple[RollUp, ...],
    name: str,
    *,
    to_date: bool,
    lang: Lang,
    numbers: Lang,
    width: int | None,
) -> list[str]:
    def w(key: str) -> str:
        return WORDS[key].get(lang)

    headers = [name, w("attained"), w("band"), w("reported"), w("absorbed")]
    if to_date:
        headers += [w("forecast"), w("outlook")]
    rows = []
    for rollup in rollups:
        row = [
            rollup.label,
            percent(rollup.percent, numbers),
            "–" if rollup.band is None else rollup.band.label.get(lang),
            f"{rollup.reported}/{rollup.due}",
            percent(rollup.absorption, numbers),
        ]
        if to_date:
            row += [
                percent(rollup.forecast, numbers),
                "–" if rollup.outlook is None else rollup.outlook.label.get(lang),
            ]
        rows.append(row)
    return _layout.table(headers, rows, right=frozenset({1, 3, 4, 5}), width=width)


def report_text(report: AttainmentReport, lang: Lang, numbers: Lang, width: int | None) -> str:
    """The report as text: the headline, the years, the areas, the targets off track."""

    def w(key: str) -> str:
        return WORDS[key].get(lang)

    def para(text: str, *, indent: str = "", hanging: str = "") -> list[str]:
        if width is None:
            return [indent + text]
        return _layout.wrap(text, width, indent=indent, hanging=hanging or indent)

    overall = report.overall
    lines = para(f"{w('title')}: {report.roadmap_id}")
    lines += para(_subtitle(report, lang, numbers))
    lines.append("")
    figure = percent(overall.percent, numbers)
    band = "" if overall.band is None else f" ({overall.band.label.get(lang)})"
    headline = f"{figure}{band}; {_reported(overall.due, overall.reported, lang)}"
    if overall.absorption is not None:
        headline += f"; {w('absorption')} {percent(overall.absorption, numbers)}"
    lines += para(headline)
    counts = overall.outlook_counts
    if overall.outlook is not None and counts is not None:
        final_year = _final_year(report)
        until = "" if final_year is None else f" {final_year}"
        forecast = "" if overall.forecast is None else f" ({percent(overall.forecast, numbers)})"
        lines += para(
            f"{w('outlook for')}{until}: {overall.outlook.label.get(lang).lower()}{forecast}; "
            f"{counts.summary.get(lang)}"
        )
    missing = _missing(overall, lang)
    if missing is not None:
        lines += para(missing)
    years = report.rollups_by("year")
    if years:
        lines += ["", w("by year")]
        lines += _group_lines(
            years, w("year"), to_date=False, lang=lang, numbers=numbers, width=width
        )
    areas = report.rollups_by("area")
    if areas:
        lines += ["", *para(w("by area"))]
        lines += _group_lines(
            areas, w("area"), to_date=True, lang=lang, numbers=numbers, width=width
        )
    off = _off_track(report)
    if off:
        n = len(off)
        caption = (
            f"{w('off track')} ({n} {w('target') if n == 1 else w('targets')}, {w('worst first')})"
        )
        rows = [
            [
                t.target_id,
                percent(t.percent, numbers),
                percent(t.forecast.percent, numbers),
                _final(t, numbers),
            ]
            for t in off
        ]
        lines += ["", *para(caption)]
        lines += _layout.table(
            [w("target column"), w("attained"), w("forecast"), w("final")],
            rows,
            right=frozenset({1, 2}),
            flexible=3,
            width=width,
        )
    return "\n".join(lines)
