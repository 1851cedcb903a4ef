"""Notebook displays: a readable one-line repr and a compact, escaped HTML summary for
road maps, areas, validation reports, attainment reports and budget summaries, for the
sample and for documents far larger than it; in either language, readable in any theme,
with long messages folded to their point."""

from __future__ import annotations

import re
import runpy
from collections.abc import Iterator
from html import escape as html_escape
from html import unescape
from pathlib import Path

import attrs
import pendulum
import pytest

import rbroadmap as rb
from rbroadmap.messages import Message
from rbroadmap.model import YearlyBudget
from rbroadmap.rules import Context, Violation, rule
from support import inventory
from support.html import check_html

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = runpy.run_path(str(ROOT / "examples" / "attainment.py"))
EVIL = '<script>alert("x")</script><img src=x onerror=alert(1)> & "quoted"'


@pytest.fixture(scope="module")
def sample() -> rb.RoadMap:
    return rb.samples.probolinggo()


@pytest.fixture(scope="module")
def attainment(sample: rb.RoadMap) -> rb.AttainmentReport:
    return rb.attain(sample, EXAMPLE["realizations"](sample), as_of=pendulum.date(2021, 1, 31))


def big_roadmap(rows: int, *, text: str = "Aksi") -> rb.RoadMap:
    """One area of *rows* rows, each with a cumulative target and a budget."""
    actions = [
        rb.Action(
            id=f"aksi-{i}",
            text=f"{text} {i}",
            targets=rb.Target.of(2018, "25%", "50%", "75%", "100%", "100%"),
            budget=10_000_000,
            units=["Bag. Organisasi Setda"],
        )
        for i in range(rows)
    ]
    area = rb.Area(id="organisasi", number=1, name="Organisasi", actions=actions)
    return rb.RoadMap(id="kota-besar", government="Kota Besar", period=rb.Period(2018, 2022),
                      areas=[area])  # fmt: skip


def per_row_rules(count: int, severity: str = "warning") -> list[rb.Rule]:
    """*count* rules, each finding every row of a road map."""

    def make(n: int) -> rb.Rule:
        summary = Message(f"aturan {n}", f"rule {n}")

        @rule(code=f"KOTA{n:03d}", name=f"every-row-{n}", severity=severity,
              summary=summary, what="-", why="-", example="-")  # fmt: skip
        def check(ctx: Context) -> Iterator[Violation]:
            for row in ctx.rows:
                yield Violation(entity_id=row.id, message=Message("ada", "found"))

        return check

    return [make(n) for n in range(1, count + 1)]


# -- one-line reprs


def test_a_roadmap_and_a_list_of_hundreds_show_one_line_each(sample: rb.RoadMap) -> None:
    line = repr(sample)
    assert line.startswith("<RoadMap 'kota-probolinggo-2018-2022'")
    assert "\n" not in line
    portfolio = [sample] * 300
    shown = repr(portfolio)
    assert len(shown) < 300 * 120


def test_a_report_shows_its_counts_in_one_line(sample: rb.RoadMap) -> None:
    report = rb.validate(sample)
    assert repr(report) == (
        "<Report 'kota-probolinggo-2018-2022': 40 findings (17 errors, 14 warnings, 9 info), "
        "0 waived, 62 rules>"
    )


def test_an_attainment_report_shows_its_headline_in_one_line(
    attainment: rb.AttainmentReport,
) -> None:
    assert repr(attainment) == (
        "<AttainmentReport 'kota-probolinggo-2018-2022' as of 2021-01-31: 92.08% Very high, "
        "36 targets, 36 of 36 due reported, outlook at-risk "
        "(23 of 36 targets on track, 7 at risk, 6 off track)>"
    )


# -- the sample


def test_the_roadmap_and_its_areas_display_well_formed_html(sample: rb.RoadMap) -> None:
    tags = check_html(sample._repr_html_())
    assert tags["tr"] == 1 + len(sample.areas) + 1  # header, areas, total
    for area in sample.areas:
        assert check_html(area._repr_html_())["tr"] == 1 + len(area.actions)


def test_the_sample_report_shows_counts_and_rules_with_a_few_findings(sample: rb.RoadMap) -> None:
    report = rb.validate(sample, lang="en")
    html = report._repr_html_()
    check_html(html)
    assert "17 error" in html
    assert "14 warning" in html
    assert "9 info" in html
    assert "RB602" in html
    assert "unsupported-indicator-category" in html
    # most severe first: the first rule shown is an error rule
    first = html.index("<tbody>")
    assert report.rule(html[first:].split("</span>")[0].rsplit(">", 1)[1]).severity.value == "error"
    assert "… and 7 more findings" in html  # RB303 has ten, three are shown
    assert "… and 5 more rules with" in html  # fifteen rules have findings, ten are shown


def test_a_report_without_findings_says_so(sample: rb.RoadMap) -> None:
    report = rb.validate(sample, select=["RB101"])
    html = report._repr_html_()
    check_html(html)
    assert "Tidak ada temuan." in html
    assert "No findings." in report.to_html("en")


def test_waived_findings_are_listed_with_their_reason(sample: rb.RoadMap) -> None:
    waiver = rb.Waiver(code="RB402", entity_id="tatalaksana-4", reason=EVIL)
    report = rb.validate(attrs.evolve(sample, waivers=[waiver]), select=["RB402"])
    html = report.to_html("en")
    check_html(html)
    assert "Waived (1)" in html
    assert "Dikecualikan (1)" in report._repr_html_()
    assert "&lt;script&gt;" in html
    assert "1 waived" in repr(report)


def test_the_attainment_report_shows_headline_years_areas_and_off_track(
    attainment: rb.AttainmentReport,
) -> None:
    html = attainment._repr_html_()
    tags = check_html(html)
    assert "92,08%" in html
    assert "Sangat Tinggi" in html
    assert "36 dari 36 target yang jatuh tempo melapor" in html
    assert "Pengawasan" in html
    assert "2020" in html
    assert "Tidak sesuai jalur (6 target, terburuk lebih dulu)" in html
    assert "95,60%; 23 dari 36 target sesuai jalur, 7 berisiko, 6 tidak sesuai jalur" in html
    # a bar for the headline, each of three years and each of eight areas
    assert tags["svg"] == 1 + 3 + 8
    english = attainment.to_html("en")
    assert "92.08%" in english
    assert "Very high" in english
    assert "36 of 36 due targets reported" in english
    assert "Off track (6 targets, worst first)" in english
    assert "95.60%; 23 of 36 targets on track, 7 at risk, 6 off track" in english
    assert english == attainment.with_lang("en")._repr_html_()


def test_an_attainment_report_with_nothing_reported_lists_what_is_missing(
    sample: rb.RoadMap,
) -> None:
    report = rb.attain(sample, [], as_of=pendulum.date(2019, 1, 31), lang="en")
    html = report._repr_html_()
    check_html(html)
    assert "0 of 32 due targets reported" in html
    assert "Not reported: organisasi-1, " in html
    assert "… and 24 more" in html
    assert "… dan 24 lainnya" in report.to_html("id")
    assert "outlook unknown" in repr(report)


def test_an_empty_roadmap_displays(sample: rb.RoadMap) -> None:
    empty = rb.RoadMap(id="kosong", government="Kota Kosong", period=rb.Period(2018, 2022))
    check_html(empty._repr_html_())
    check_html(rb.validate(empty)._repr_html_())
    check_html(rb.attain(empty, [], as_of=pendulum.date(2020, 1, 1))._repr_html_())


# -- large documents stay summaries


def test_a_row_of_merged_cells_shows_the_units_it_shares(sample: rb.RoadMap) -> None:
    area = sample.entity("pengawasan")
    assert isinstance(area, rb.Area)
    html = area.to_html("en")
    shared = sample.resolve("pengawasan-2")
    assert sample.action("pengawasan-2").units == ()
    assert shared.units == ("Inspektorat",)
    assert html.count('title="merged with pengawasan-1: Inspektorat"') == 4  # rows 2 to 5
    assert "↳ Inspektorat" in html
    assert 'title="sel tergabung dengan pengawasan-1: Inspektorat"' in area.to_html("id")


def test_an_area_shows_each_budget_in_the_form_written() -> None:
    area = rb.Area(
        id="pelayanan-publik",
        name="Pelayanan Publik",
        actions=[
            rb.Action(id="a1", budget=5_000_000),
            rb.Action(id="a2", budget_per_year=YearlyBudget(values={2022: 1_000, 2023: 2_500})),
            rb.Action(id="a3", budget_total=900_000),
        ],
    )
    english = area.to_html("en")
    assert ">Budget</th>" in english  # not "a year": the rows write three forms
    assert "Rp5,000,000 a year" in english
    assert "2022: Rp1,000<br>2023: Rp2,500" in english
    assert "Rp900,000 for the period" in english
    assert "Rp900.000 untuk periode" in area.to_html("id")
    annual = rb.Area(id="a", name="A", actions=[rb.Action(id="a1", budget=5_000_000)])
    assert ">Budget a year</th>" in annual.to_html("en")
    assert "Rp5,000,000</td>" in annual.to_html("en")


def test_a_road_map_shows_each_area_s_budget_a_year_and_over_the_period() -> None:
    def area(id: str, *actions: rb.Action) -> rb.Area:
        return rb.Area(id=id, name=id.title(), actions=actions)

    roadmap = rb.RoadMap(
        id="kota-contoh-2022-2024",
        government="Kota Contoh",
        period=rb.Period(2022, 2024),
        areas=[
            area("annual", rb.Action(id="a1", budget=5_000_000)),  # three years
            area(
                "per-year",
                rb.Action(id="b1", budget_per_year=YearlyBudget(values={2022: 1_000, 2023: 2_500})),
            ),
            area("total", rb.Action(id="c1", budget_total=900_000)),
            area("none", rb.Action(id="d1", text="Tanpa anggaran")),
        ],
    )
    html = roadmap.to_html("en")
    cells = [
        [cell.split(">", 1)[1] for cell in row.split("</td>")[5:7]]
        for row in html.split("<tr>")[2:]
    ]
    assert cells == [
        ["Rp5,000,000", "Rp15,000,000"],
        ["—", "Rp3,500"],  # no budget a year to add up, not Rp0
        ["—", "Rp900,000"],
        ["Rp0", "Rp0"],
        ["<b>Rp5,000,000</b>", "<b>Rp15,903,500</b>"],
    ]
    summary = rb.budget_summary(roadmap)
    assert (summary.total, summary.period_total) == (5_000_000, 15_903_500)
    assert ">Budget over the period</th>" in html
    assert ">Anggaran selama periode</th>" in roadmap.to_html("id")


def test_a_large_area_shows_its_first_rows_and_counts_the_rest() -> None:
    area = big_roadmap(130).areas[0]
    html = area._repr_html_()
    assert check_html(html)["tr"] == 1 + 50 + 1
    assert "… dan 80 baris lainnya (area.rows memuat semuanya)" in html
    assert "… and 80 more rows (area.rows holds them all)" in area.to_html("en")


def test_a_report_of_thousands_of_findings_stays_the_same_size() -> None:
    def shown(rows: int) -> str:
        roadmap = big_roadmap(rows)
        return rb.validate(roadmap, rules=per_row_rules(12), lang="en")._repr_html_()

    small, large = shown(40), shown(400)
    check_html(large)
    assert "… and 397 more findings" in large
    assert "… and 2 more rules with 800 findings" in large
    assert abs(len(large) - len(small)) < 100  # only the counts differ
    assert len(large) < 40_000


def test_an_attainment_report_of_many_targets_stays_a_summary() -> None:
    roadmap = big_roadmap(300)
    realizations = [rb.Realization.parse(f"aksi-{i}", 2018, "5%") for i in range(300)]
    report = rb.attain(roadmap, realizations, as_of=pendulum.date(2019, 6, 30), lang="en")
    html = report._repr_html_()
    check_html(html)
    assert "Off track (300 targets, worst first)" in html
    assert "… and 290 more targets" in html
    assert len(html) < 30_000


# -- every text is escaped


def test_texts_are_escaped_everywhere() -> None:
    roadmap = big_roadmap(3, text=EVIL)
    roadmap = rb.RoadMap(
        id="kota-x",
        government=EVIL,
        title=EVIL,
        period=rb.Period(2018, 2022),
        areas=[
            rb.Area(
                id="a",
                name=EVIL,
                actions=[
                    rb.Action(
                        id="a-1",
                        text=EVIL,
                        problems=[rb.Problem(id="a-1-p", text=EVIL)],
                        targets=rb.Target.of(2018, "10%", "20%", "30%", "40%", "50%"),
                        units=[EVIL],
                        programme=EVIL,
                    ),
                    *roadmap.areas[0].actions,
                ],
            )
        ],
    )

    @rule(code="KOTA999", name="evil", severity="error", summary=Message(EVIL, EVIL),
          what="-", why="-", example="-")  # fmt: skip
    def evil(ctx: Context) -> Iterator[Violation]:
        yield Violation(entity_id="a-1", value=EVIL, message=Message(EVIL, EVIL), suggestion=EVIL)

    report = rb.validate(roadmap, extra_rules=[evil])
    attainment = rb.attain(
        roadmap, [rb.Realization.parse("a-1", 2018, "1%")], as_of=pendulum.date(2019, 6, 30)
    )
    for html in (
        roadmap._repr_html_(),
        roadmap.areas[0]._repr_html_(),
        report._repr_html_(),
        report.with_lang("en")._repr_html_(),
        attainment._repr_html_(),
    ):
        check_html(html)
        assert "<script" not in html
        assert "<img" not in html
        assert "&lt;script&gt;" in html


# -- readable in any theme


def _displays() -> list[str]:
    """Every display of the inventory, in both languages."""
    shown = []
    for obj in inventory.zoo().values():
        to_html = getattr(obj, "to_html", None)
        if to_html is not None:
            shown += [to_html(lang) for lang in ("id", "en")]
    return shown


def _luminance(colour: str) -> float:
    """The relative luminance of a ``#rrggbb`` colour (WCAG 2)."""
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def test_displays_take_their_text_colour_from_the_page() -> None:
    # A text colour of its own would vanish on a page of that colour: every text inherits
    # the notebook's, light or dark, but white text on a coloured badge.
    for html in _displays():
        for style in re.findall(r'style="([^"]*)"', html):
            colours = re.findall(r"(?<![\w-])color:([^;]+)", style)
            for colour in colours:
                assert colour in {"inherit", "#fff"}, style
                if colour == "#fff":
                    assert re.search(r"background:#[0-9a-f]{6}", style), style


def test_badges_are_dark_enough_for_white_text() -> None:
    # WCAG AA asks 4.5:1 for text; on a light page and on a dark one alike, since the
    # badge brings its own background.
    backgrounds = set()
    for html in _displays():
        backgrounds |= set(re.findall(r"background:(#[0-9a-f]{6});color:#fff", html))
    assert len(backgrounds) >= 5
    for colour in backgrounds:
        contrast = 1.05 / (_luminance(colour) + 0.05)
        assert contrast >= 4.5, f"white on {colour}: {contrast:.2f}"


def test_shading_and_rules_are_translucent_or_the_notebook_s_own() -> None:
    # A light grey header or track turns into a glaring bar on a dark page.
    for html in _displays():
        for value in re.findall(r"(?:background|border-bottom|fill)[:=]\"?([^;\"]+)", html):
            if value.startswith("#"):
                assert _luminance(value[:7]) < 0.35, value  # a colour of its own: dark enough
            else:
                assert "rgba(128, 128, 128" in value or value.startswith("1px solid var("), value


def test_a_long_message_shows_its_point_and_unfolds_to_the_whole(sample: rb.RoadMap) -> None:
    report = rb.validate(sample, select=["RB303"], lang="en")
    html = report.to_html()
    check_html(html)
    folded = re.findall(r"<summary><code>(.*?)</code> (.*?)</summary>", html)
    assert folded
    # each folded message is led by the entity at fault, then shows its point
    ids = [f.entity_id for f in report.findings]
    assert [unescape(entity) for entity, _ in folded] == ids[: len(folded)]
    summaries = [unescape(shown) for _, shown in folded]
    for shown in summaries:
        assert len(shown) <= 120
        assert shown.endswith(("is not declared; …", "is not declared"))
    assert summaries[0].startswith("the programme 'Program peningkatan")
    assert "of row 'tatalaksana-3' is not declared; …" in summaries[0]
    # the whole message and its suggestion are in the details
    message = report.findings[0].message
    assert html_escape(message) in html
    assert "suggestion: Program Peningkatan Kapasitas Sumber Daya Aparatur" in html
