"""Attainment output pinned: every figure, record and text of a fixed set of reports.

Attainment is computed for speed (plain integer arithmetic where the result is
exact, explanations, forecasts and roll-ups built when first read), and what
users read must not move by a digit or a word when the computation changes. The
reports of the Kota Probolinggo sample (under several options and dates: in a
running year, at its end, after the period), of the Kabupaten Klaten sample, and
of every 21st road map of the synthetic national portfolio (at the national
benchmark's date and in a running year) are pinned in
``tests/golden/attainment.json``, as a SHA-256 digest of each view: `to_dict` in
full, `to_text` and `to_html` in both languages, and the three tables of
`to_records` in both languages and in every notation of numbers. The file also
keeps each report's headline figure in plain sight.

When a figure or a wording changes on purpose, rewrite the file and say why in
the CHANGELOG::

    python -m pytest tests/test_attainment_golden.py --update-golden
"""

from __future__ import annotations

import hashlib
import json
import pickle
import runpy
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pendulum
import pytest

import rbroadmap as rb

HERE = Path(__file__).parent
GOLDEN = HERE / "golden" / "attainment.json"
EXAMPLE = HERE.parent / "examples" / "attainment.py"
REWRITE = (
    "if the change is meant, run `python -m pytest tests/test_attainment_golden.py "
    "--update-golden`, review the diff of tests/golden/attainment.json and say why in "
    "the CHANGELOG"
)

Case = Callable[[], rb.AttainmentReport]


def _probolinggo(as_of: pendulum.Date, **options: Any) -> Case:
    def make() -> rb.AttainmentReport:
        roadmap = rb.samples.probolinggo()
        realizations = runpy.run_path(str(EXAMPLE))["realizations"](roadmap)
        return rb.attain(roadmap, realizations, as_of=as_of, **options)

    return make


def _klaten(as_of: pendulum.Date) -> Case:
    def make() -> rb.AttainmentReport:
        roadmap = rb.samples.klaten()
        ids = [a.id for a in roadmap.actions()]
        done, not_done = "terlaksana", "belum terlaksana"
        realizations = [rb.Realization.parse(i, 2022, done) for i in ids]
        realizations += [
            rb.Realization.parse(i, 2023, done if k % 3 else not_done) for k, i in enumerate(ids)
        ]
        return rb.attain(roadmap, realizations, as_of=as_of)

    return make


def _synthetic(number: int, as_of: pendulum.Date, **options: Any) -> Case:
    def make() -> rb.AttainmentReport:
        entry = rb.samples.synthetic_roadmap(number, rows=100)
        roadmap = rb.from_dict(entry["roadmap"], rb.RoadMap)
        realizations = rb.from_dict(entry["realizations"], rb.Realizations)
        return rb.attain(roadmap, realizations, as_of=as_of, **options)

    return make


def _cases() -> Iterator[tuple[str, Case]]:
    date = pendulum.date
    yield "probolinggo 2021-01-31", _probolinggo(date(2021, 1, 31))
    yield "probolinggo 2020-08-15", _probolinggo(date(2020, 8, 15))
    yield (
        "probolinggo 2020-08-15 days ratio worst cap 120",
        _probolinggo(
            date(2020, 8, 15), proration="days", lower_is_better="ratio", method="worst", cap=120
        ),
    )
    yield (
        "probolinggo 2019-12-31 budget-weighted share",
        _probolinggo(date(2019, 12, 31), method="budget-weighted", outlook_rule="share"),
    )
    yield "probolinggo 2023-06-30", _probolinggo(date(2023, 6, 30), method="budget-weighted")
    yield "klaten 2023-12-31", _klaten(date(2023, 12, 31))
    yield "klaten 2023-05-20", _klaten(date(2023, 5, 20))
    for number in range(0, rb.samples.NATIONAL_BODIES, 21):
        yield f"synthetic {number} 2021-01-31", _synthetic(number, date(2021, 1, 31))
    for number in range(7, rb.samples.NATIONAL_BODIES, 105):
        yield (
            f"synthetic {number} 2020-09-30 budget-weighted",
            _synthetic(number, date(2020, 9, 30), method="budget-weighted"),
        )


CASES = dict(_cases())


def _digest(data: object) -> str:
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, default=repr)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:24]


def _exact_figures(report: rb.AttainmentReport) -> list[str]:
    """Every exact figure of *report*, as text: equal to the last digit, not just when rounded."""
    figures: list[object] = [r.exact for r in report.rows]
    for t in report.targets:
        progress = None if t.progress is None else t.progress.exact
        figures += [t.exact, t.forecast.exact, t.forecast.projected_value, progress]
    for r in report.rollups:
        figures += [r.exact, r.mean, r.budget_weighted, r.worst, r.forecast_exact]
    return [str(figure) for figure in figures]


def views(report: rb.AttainmentReport) -> dict[str, Any]:
    """Every view of *report* a user reads, as digests, with its headline in plain sight."""
    overall = report.overall
    pinned: dict[str, Any] = {
        "overall": None if overall.percent is None else str(overall.percent),
        "forecast": None if overall.forecast is None else str(overall.forecast),
        "rows": len(report.rows),
        "targets": len(report.targets),
        "rollups": len(report.rollups),
        "to_dict": _digest(report.to_dict()),
        "exact": _digest(_exact_figures(report)),
    }
    for lang in ("id", "en"):
        pinned[f"to_text {lang}"] = _digest(report.to_text(lang))
        pinned[f"to_html {lang}"] = _digest(report.to_html(lang))
        for table in ("rows", "targets", "rollups"):
            for numbers in ("decimal", "float", "str"):
                records = report.to_records(table, lang=lang, numbers=numbers)
                pinned[f"to_records {table} {lang} {numbers}"] = _digest(records)
    return pinned


@pytest.fixture(scope="module")
def golden(request: pytest.FixtureRequest) -> dict[str, dict[str, Any]]:
    if request.config.getoption("--update-golden"):
        observed = {name: views(make()) for name, make in CASES.items()}
        text = json.dumps(observed, ensure_ascii=False, indent=1)
        GOLDEN.write_text(text + "\n", encoding="utf-8")
    data: dict[str, dict[str, Any]] = json.loads(GOLDEN.read_text(encoding="utf-8"))
    return data


def test_every_case_is_pinned(golden: dict[str, dict[str, Any]]) -> None:
    assert set(golden) == set(CASES), REWRITE


@pytest.mark.parametrize("name", list(CASES))
def test_attainment_is_what_it_was(name: str, golden: dict[str, dict[str, Any]]) -> None:
    observed = views(CASES[name]())
    expected = golden[name]
    changed = sorted(view for view in expected if observed.get(view) != expected[view])
    assert not changed, f"{name}: {', '.join(changed)} changed; {REWRITE}"


def test_an_explanation_written_when_read_is_the_same_everywhere() -> None:
    """Explanations are written when first read: a report compares, hashes, shows and
    pickles as if they had been written at once."""
    make = CASES["probolinggo 2020-08-15"]
    read, unread = make(), make()
    written = read.to_dict()  # every explanation of *read* written now
    assert read == unread
    assert hash(read.rows[3]) == hash(unread.rows[3])
    assert hash(read.rollups[-1]) == hash(unread.rollups[-1])
    travelled = pickle.loads(pickle.dumps(make()))  # pickled before anything is read
    assert travelled == read
    assert travelled.to_dict() == written
    row = make().rows[3]
    assert "explanation=Message(" in repr(row)
    assert "_explanation" not in repr(row)
    assert repr(row) == repr(read.rows[3])
    again = make()
    first = again.rollups[0].explanation
    assert again.rollups[0].explanation is first  # written once, then kept
    assert first == read.rollups[0].explanation
