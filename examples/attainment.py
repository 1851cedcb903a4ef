"""Attainment of the Kota Probolinggo road map, 2018-2020, from made-up realisations.

Realised values for every target over three years (made up, but plausible: a
slow start on the new regulations, budgets refocused in 2020), each year's
recorded in the January after it, and judged as of 31 January 2021, when the
2020 report is complete: attainment by year, by area of change, the targets
off track for 2022, and how one figure was computed.

    python examples/attainment.py            # in Indonesian
    python examples/attainment.py --lang en  # in English
"""

from __future__ import annotations

import argparse
import textwrap
from decimal import Decimal

import pendulum

import rbroadmap as rb

# What each target reached, by the end of 2018, 2019 and 2020 ("-": nothing due).
REALISED = {
    "organisasi-1": ("25%", "30%", "55%"),
    "organisasi-2": ("25%", "35%", "60%"),
    "organisasi-3": ("30%", "50%", "80%"),
    "organisasi-4": ("35%", "45%", "50%"),
    "tatalaksana-1": ("35%", "50%", "90%"),
    "tatalaksana-2": ("30%", "45%", "85%"),
    "tatalaksana-3": ("0%", "30%", "60%"),
    "tatalaksana-4": ("0%", "35%", "65%"),
    "tatalaksana-5": ("0%", "25%", "45%"),
    "peraturan-1": ("0%", "20%", "40%"),
    "sdm-1": ("50%", "90%", "100%"),
    "sdm-5": ("100%", "100%", "95%"),
    "sdm-6": ("50%", "50%", "70%"),
    "sdm-9": ("40%", "50%", "75%"),
    "pengawasan-1": ("39 OPD", "39 OPD", "35 OPD"),
    "pengawasan-2": ("IRB 68,5", "IRB 71,2", "IRB 72,9"),
    "pengawasan-3": ("10 Orang", "14 Orang", "18 Orang"),
    "pengawasan-4": ("39 OPD", "39 OPD", "39 OPD"),
    "pengawasan-5": ("50%", "75%", "90%"),
    "pengawasan-6": ("3 OPD", "8 OPD", "15 OPD"),
    "pengawasan-7": ("100%", "100%", "100%"),
    "pengawasan-8": ("90%", "100%", "100%"),
    "pengawasan-9": ("10%", "25%", "50%"),
    "akuntabilitas-1": ("100%", "100%", "100%"),
    "akuntabilitas-2": ("39 OPD", "40 OPD", "40 OPD"),
    "akuntabilitas-3": ("20 OPD", "35 OPD", "40 OPD"),
    "pelayanan-publik-1": ("-", "1 Unit", "1 Unit"),
    "pelayanan-publik-2": ("-", "100%", "-"),
    "pelayanan-publik-3": ("50%", "70%", "100%"),
    "pelayanan-publik-4": ("25 OPD", "32 OPD", "38 OPD"),
    "pelayanan-publik-5": ("80%", "85%", "90%"),
    "pelayanan-publik-6": ("-", "100%", "-"),
    "pelayanan-publik-7": ("100%", "100%", "100%"),
    "pelayanan-publik-8": ("75%", "80%", "60%"),
    "pola-pikir-1": ("100%", "100%", "100%"),
    "pola-pikir-2": ("-", "100%", "100%"),
}

# The share of each year's estimated budget actually spent, in percent.
ABSORPTION = {2018: 82, 2019: 88, 2020: 74}

TEXT = {
    "id": {
        "title": "Capaian {government}, per {as_of}",
        "year": "Capaian per tahun",
        "area": "Capaian per area perubahan, s.d. {as_of}",
        "columns": ("capaian", "kategori", "lapor", "serapan", "prospek 2022"),
        "off": "Target yang diperkirakan tidak tercapai pada tahun akhirnya",
        "overall": "Road map: {percent} ({band}); {headline}",
        "how": "Cara menghitung {target} {year}",
    },
    "en": {
        "title": "Attainment of {government}, as of {as_of}",
        "year": "Attainment by year",
        "area": "Attainment by area of change, to {as_of}",
        "columns": ("attained", "band", "reported", "absorbed", "outlook 2022"),
        "off": "Targets projected to miss their final-year target",
        "overall": "Road map: {percent} ({band}); {headline}",
        "how": "How {target} {year} was computed",
    },
}
WIDTH = 100
"""The widest line the script prints."""
NAME = 34
"""The width of the column of names; longer names wrap inside it."""


def realizations(roadmap: rb.RoadMap) -> rb.Realizations:
    """The made-up realisations, with the money spent each year."""
    items = []
    for target_id, values in REALISED.items():
        budget = roadmap.resolve(target_id).budget or 0
        for year, value in zip((2018, 2019, 2020), values, strict=True):
            if value != "-":
                spent = budget * ABSORPTION[year] // 100
                recorded = pendulum.date(year + 1, 1, 31)  # the year's report, compiled in January
                items.append(
                    rb.Realization.parse(target_id, year, value, spent=spent, recorded=recorded)
                )
    return rb.Realizations(items=items)


def percent(value: Decimal | None, lang: rb.messages.Lang) -> str:
    """A percentage in the notation of *lang*: ``92,08%`` or ``92.08%``."""
    return "-" if value is None else rb.format_number(value, lang=lang) + "%"


def show(report: rb.AttainmentReport, lang: rb.messages.Lang) -> str:
    t = TEXT[lang]
    as_of = report.as_of.format("D MMMM YYYY", locale=lang)
    overall = report.overall
    lines = [t["title"].format(government="Kota Probolinggo", as_of=as_of), ""]
    head = "{:<" + str(NAME) + "} {:>9}  {:<14} {:>8} {:>9}  {}"

    def row(label: str, *cells: str) -> list[str]:
        # a long name wraps inside its column; the figures stand on its first line
        first, *rest = textwrap.wrap(label, NAME) or [""]
        return [head.format(first, *cells).rstrip(), *rest]

    lines += [t["year"], head.format("", *t["columns"]).rstrip()]
    for year in report.rollups_by("year"):
        lines += row(
            year.label,
            percent(year.percent, lang),
            year.band.label.get(lang) if year.band else "-",
            f"{year.reported}/{year.due}",
            percent(year.absorption, lang),
            "",
        )
    lines += ["", t["area"].format(as_of=as_of), head.format("", *t["columns"]).rstrip()]
    for area in report.rollups_by("area"):
        lines += row(
            area.label,
            percent(area.percent, lang),
            area.band.label.get(lang) if area.band else "-",
            f"{area.reported}/{area.due}",
            percent(area.absorption, lang),
            area.outlook.label.get(lang) if area.outlook else "-",
        )
    overall_line = t["overall"].format(
        percent=percent(overall.percent, lang),
        band=overall.band.label.get(lang) if overall.band else "-",
        headline=overall.headline.get(lang) if overall.headline else "-",
    )
    lines += ["", *textwrap.wrap(overall_line, WIDTH), "", t["off"]]
    for target in report.targets:
        forecast = target.forecast
        if forecast.outlook is rb.Outlook.OFF_TRACK:
            lines.append(
                f"  {target.target_id:<20} {percent(forecast.percent, lang):>9}  "
                f"{forecast.outlook.label.get(lang)}"
            )
    row_2020 = report.row("pengawasan-2", 2020)
    lines += ["", t["how"].format(target="pengawasan-2", year=2020)]
    lines += textwrap.wrap(row_2020.explanation.get(lang), WIDTH, initial_indent="  ",
                           subsequent_indent="    ")  # fmt: skip
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", choices=["id", "en"], default="id")
    args = parser.parse_args()
    roadmap = rb.samples.probolinggo()
    report = rb.attain(
        roadmap, realizations(roadmap), as_of=pendulum.date(2021, 1, 31), lang=args.lang
    )
    print(show(report, args.lang))


if __name__ == "__main__":
    main()
