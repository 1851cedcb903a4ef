"""The main job, `examples/probolinggo.py`, fits its width in both languages: every line
of the summary and of the report is at most the width the script states, long texts wrap
inside their column, columns never run into each other, no line ends in spaces, and the
programme table explains its numbers in its own terms."""

from __future__ import annotations

import re
import runpy
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import rbroadmap as rb
from rbroadmap import strategies as rbst

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "examples" / "probolinggo.py"
MAIN_JOB = runpy.run_path(str(SCRIPT))
WIDTH: int = MAIN_JOB["WIDTH"]
LANGS = ("id", "en")


def printed(lang: str) -> list[str]:
    done = subprocess.run(
        [sys.executable, str(SCRIPT), "--lang", lang],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=True,
    )
    return done.stdout.splitlines()


@pytest.fixture(scope="module", params=LANGS)
def lines(request: pytest.FixtureRequest) -> list[str]:
    return printed(request.param)


def too_wide(lines: list[str], width: int = WIDTH) -> list[str]:
    return [f"{len(line)}: {line}" for line in lines if len(line) > width]


def test_the_script_states_a_width_a_terminal_shows() -> None:
    assert 80 <= WIDTH <= 120


def test_no_line_is_wider_than_the_width(lines: list[str]) -> None:
    assert len(lines) > 200  # the whole job, report included
    assert too_wide(lines) == []


def test_no_line_ends_in_spaces(lines: list[str]) -> None:
    assert [line for line in lines if line != line.rstrip()] == []


def test_long_texts_wrap_inside_their_column(lines: list[str]) -> None:
    # The longest action text of the sample (pola-pikir-1) is printed whole, wrapped
    # under its row at the indentation of the row's texts.
    text = rb.samples.probolinggo().action("pola-pikir-1").text
    assert text is not None
    at = next(i for i, line in enumerate(lines) if line.startswith("  pola-pikir-1 "))
    wrapped = []
    for line in lines[at + 1 :]:
        if not line.startswith("    "):
            break
        wrapped.append(line.strip())
    assert " ".join(wrapped).startswith(" ".join(text.split()))


def test_columns_never_run_into_each_other(lines: list[str]) -> None:
    # On the line of a row, its id stands apart from its cells: two spaces at least.
    ids = [a.id for a in rb.samples.probolinggo().actions()]
    for line in lines:
        for row_id in ids:
            if line.startswith(f"  {row_id} "):
                rest = line[2 + len(row_id) :]
                assert rest.startswith("  ") or not rest.strip(), line
    # the cells of the first row, each in its year's column
    first = next(line for line in lines if line.startswith("  organisasi-1 "))
    assert re.search(r"25%\s{2,}35%\s{2,}60%\s{2,}80%\s{2,}100%\s{2,}Rp", first), first


def test_a_schedule_too_wide_for_its_columns_is_written_out_under_its_row() -> None:
    english = printed("en")
    at = english.index(next(line for line in english if line.startswith("  pengawasan-4 ")))
    assert "2018-2022, every year: 39 OPD Dan masyarakat" in [
        line.strip() for line in english[at : at + 6]
    ]


@pytest.mark.parametrize("lang", LANGS)
def test_programmes_are_numbered_as_in_the_road_maps_list_and_the_others_explained(
    lang: str,
) -> None:
    lines = printed(lang)
    text = "\n".join(lines)
    assert "3.3" not in text  # a section of the source document, not of this output
    numbered = [int(m[1]) for line in lines if (m := re.match(r"    (\d)\. Program", line))]
    assert numbered == [1, 2, 3, 4, 5, 6]
    heading = {
        "id": "Program yang hanya disebut dalam rencana aksi, tidak ada dalam daftar program",
        "en": "Programmes named only in the action plan, not in the road map's list of",
    }[lang]
    assert heading in text


@settings(max_examples=40, deadline=None)
@given(rbst.roadmaps(), st.sampled_from(LANGS))
def test_the_summary_of_any_road_map_fits_the_width(roadmap: rb.RoadMap, lang: str) -> None:
    lines = MAIN_JOB["summary"](roadmap, lang).splitlines()
    assert too_wide(lines) == []
    assert [line for line in lines if line != line.rstrip()] == []
    report = rb.validate(roadmap, lang=lang).to_text(width=WIDTH).splitlines()
    assert too_wide(report) == []
