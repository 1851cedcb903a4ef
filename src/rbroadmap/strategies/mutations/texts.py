"""Mutators of the text rules (RB5xx): duplicates, near-duplicates, cut-off texts, typos."""

from __future__ import annotations

from rbroadmap.strategies.mutations._core import Editor, Pick, mutator, rows


@mutator("RB501", "Aksi yang sama dengan aksi baris lain", "An action the same as another row's")
def _duplicate_text(editor: Editor, pick: Pick) -> None:
    found = rows(editor.roadmap)
    k = pick(range(1, len(found)))
    editor.set(found[k].id, "text", found[k - 1].text)


@mutator(
    "RB502",
    "Dua aksi yang hanya berbeda satu kata",
    "Two actions that differ in one word only",
)
def _near_duplicate_text(editor: Editor, pick: Pick) -> None:
    found = rows(editor.roadmap)
    k = pick(range(1, len(found)))
    common = "Penyusunan dokumen rencana kerja tahunan perangkat"
    editor.set(found[k - 1].id, "text", f"{common} daerah")
    editor.set(found[k].id, "text", f"{common} kecamatan")


@mutator("RB503", "Aksi yang berakhir pada kata dan", "An action ending on the word dan")
def _truncated_text(editor: Editor, pick: Pick) -> None:
    row = pick(rows(editor.roadmap))
    editor.set(row.id, "text", f"{row.text} dan")


@mutator(
    "RB504",
    "Kata terukur ditulis terukir sekali, di samping lima kali terukur",
    "The word terukur written terukir once, beside five times terukur",
)
def _likely_typo(editor: Editor, pick: Pick) -> None:
    found = rows(editor.roadmap)
    start = pick(range(len(found) - 5))
    for k, row in enumerate(found[start : start + 6]):
        word = "terukir" if k == 5 else "terukur"
        editor.set(row.id, "expected_condition", f"{row.expected_condition} {word}")


__all__: list[str] = []
