"""The attainment example and tutorial: the same made-up realisations, for every
target of the Kota Probolinggo sample over 2018-2020, all accepted and judged."""

from __future__ import annotations

import ast
import re
import runpy
from pathlib import Path
from typing import Any

import pendulum
import pytest

import rbroadmap as rb

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = runpy.run_path(str(ROOT / "examples" / "attainment.py"))
TUTORIAL = (ROOT / "docs" / "tutorials" / "attainment.md").read_text(encoding="utf-8")


def literal(name: str) -> Any:
    match = re.search(rf"^{name} = (\{{.*?\}})", TUTORIAL, re.S | re.M)
    assert match, name
    return ast.literal_eval(match.group(1))


def test_the_tutorial_and_the_example_use_the_same_data() -> None:
    assert literal("REALISED") == EXAMPLE["REALISED"]
    assert literal("ABSORPTION") == EXAMPLE["ABSORPTION"]


@pytest.fixture(scope="module")
def report() -> rb.AttainmentReport:
    roadmap = rb.samples.probolinggo()
    return rb.attain(roadmap, EXAMPLE["realizations"](roadmap), as_of=pendulum.date(2021, 1, 31))


def test_every_target_is_reported_for_every_due_year(report: rb.AttainmentReport) -> None:
    roadmap = rb.samples.probolinggo()
    assert set(EXAMPLE["REALISED"]) == {action.id for action, _ in roadmap.targets()}
    for row in report.rows:
        if row.year <= 2020 and row.status.due:
            assert row.status is rb.attainment.Status.JUDGED, row.target_id
    for year in report.rollups_by("year"):
        assert year.missing == ()
    assert not report.left_out


def test_the_example_prints_a_readable_report(report: rb.AttainmentReport) -> None:
    text = EXAMPLE["show"](report, "en")
    assert "Attainment of Kota Probolinggo, as of 31 January 2021" in text
    assert "Penataan dan Penguatan Organisasi" in text
    assert "higher is better: R/T × 100% = 72.9/76 × 100% = 95.92%" in text
    assert "Capaian per area perubahan" in EXAMPLE["show"](report, "id")
