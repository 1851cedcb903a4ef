"""Mutators of the claim rules (RB6xx): grades and scores under the regulations' scales."""

from __future__ import annotations

from decimal import Decimal

from rbroadmap.model import Goal, Indicator, Target
from rbroadmap.model.indicators import Baseline
from rbroadmap.strategies.mutations._core import Editor, Pick, mutator, rows
from rbroadmap.values import NO_TARGET, Graded, IndexScore, TargetValue


def _goal(editor: Editor, text: str, indicators: tuple[Indicator, ...] = ()) -> None:
    roadmap = editor.roadmap
    goal = Goal(id="sasaran-tambahan", text=text, indicators=indicators)
    editor.append(roadmap.id, "goals", goal)


def _one_off(editor: Editor, pick: Pick, cell: TargetValue) -> None:
    period = editor.roadmap.period
    values = dict.fromkeys(period.years, NO_TARGET) | {period.end: cell}
    editor.set(pick(rows(editor.roadmap)).id, "targets", Target(values=values))


@mutator(
    "RB601",
    "Sasaran yang menyebut IKM 79,30 sangat baik",
    "A goal calling an IKM of 79,30 very good",
)
def _unsupported_category_claim(editor: Editor, pick: Pick) -> None:
    _goal(editor, "Nilai IKM sebesar 79,30 (sangat baik)")


@mutator(
    "RB602",
    "Indikator IKM 79,30 berkategori sangat baik",
    "An indicator of IKM 79,30 in the category very good",
)
def _unsupported_indicator_category(editor: Editor, pick: Pick) -> None:
    year = editor.roadmap.period.start
    indicator = Indicator(
        id="indikator-ikm",
        number=1,
        name="IKM",
        baseline=Baseline(values={year: IndexScore("IKM", Decimal("79.30"))}),
        baseline_category="sangat baik",
    )
    _goal(editor, "Meningkatnya kepuasan masyarakat", (indicator,))


@mutator(
    "RB603",
    "Kategori BB yang disebut Memuaskan",
    "The category BB called Memuaskan",
)
def _category_name_mismatch(editor: Editor, pick: Pick) -> None:
    _goal(editor, "Tercapainya Indeks Reformasi Birokrasi dengan kategori BB (Memuaskan)")


@mutator(
    "RB604",
    "Baris yang menjanjikan kategori A dengan target akhir IRB 78",
    "A row promising category A with a final target of IRB 78",
)
def _category_beyond_final_target(editor: Editor, pick: Pick) -> None:
    row = pick(rows(editor.roadmap))
    period = editor.roadmap.period
    n = len(period)
    values = {year: IndexScore("IRB", 78 - 2 * (n - 1 - k)) for k, year in enumerate(period.years)}
    editor.set(row.id, "targets", Target(values=values))
    editor.set(
        row.id, "expected_condition", "Tercapainya Indeks Reformasi Birokrasi dengan kategori A"
    )


@mutator("RB605", "Skor IRB 120 di luar skala", "An IRB score of 120, outside its scale")
def _score_outside_scale(editor: Editor, pick: Pick) -> None:
    _one_off(editor, pick, IndexScore("IRB", 120))


@mutator(
    "RB606",
    "Skor SAKIP 60 yang ditulis dengan nilai B",
    "A SAKIP score of 60 written with the grade B",
)
def _grade_contradicts_score(editor: Editor, pick: Pick) -> None:
    _one_off(editor, pick, Graded(score=IndexScore("SAKIP", 60), grade="B"))


__all__: list[str] = []
