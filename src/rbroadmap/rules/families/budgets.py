"""Budget and programme rules (*aturan anggaran dan program*), RB3xx.

Every row of the action plan names a programme (column 10) and an estimated
budget (column 11): an annual amount, an amount per year or a total for the
period (`rbroadmap.model.BudgetForm`). The programmes are declared in section 3.3, each
with its activities (*kegiatan*). These rules check that every row is funded,
that every programme a row names is declared (and written as declared), and
that every declared programme is used.

A budget or a programme cell that covers several rows through a merged cell is
judged once, at the row that holds it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from typing import Final, final

from rbroadmap._keys import Keys
from rbroadmap._text import clip, compact
from rbroadmap.messages import Message
from rbroadmap.model import Column, Item, Programme
from rbroadmap.notation import format_rupiah
from rbroadmap.rules._text import STOPWORDS, jaccard, tokens
from rbroadmap.rules.kernel import Context, Row, Severity, Violation, rule

__all__ = ["RULES", "ProgrammeIndex"]

_STOPWORDS: Final = STOPWORDS | {"program", "kegiatan"}
_SIMILAR: Final = 0.6
_POSTING_LIMIT: Final = 64
_PROGRAMME_REFERENCE: Final = (
    "Permendagri 13/2006 and 90/2019 (programmes and activities of the regional budget); "
    "Perpres 81/2010 (Grand Design RB)."
)


def _content(text: str) -> frozenset[str]:
    return frozenset(t for t in tokens(text) if t not in _STOPWORDS)


@final
class ProgrammeIndex:
    """Programme index (*indeks program*): resolves programme cells, exactly or nearly.

    Built once per validation and shared by the programme rules (in
    `Context.memo`). Similar names are found through an inverted index of their
    content words, so a lookup scores a bounded number of candidates.
    """

    def __init__(self, ctx: Context) -> None:
        self._keys = ctx.memo("keys", lambda: Keys(ctx.roadmap))
        self._compact: dict[str, Programme] = {}
        self._entries: list[tuple[frozenset[str], Programme, Item | None]] = []
        self._postings: dict[str, list[int]] = defaultdict(list)
        for programme in ctx.roadmap.programmes:
            for name in programme.names:
                self._compact.setdefault(compact(name), programme)
                self._add(_content(name), programme, None)
            for activity in programme.activities:
                self._add(_content(activity.text), programme, activity)

    def _add(self, words: frozenset[str], programme: Programme, activity: Item | None) -> None:
        if not words:
            return
        position = len(self._entries)
        self._entries.append((words, programme, activity))
        for word in words:
            self._postings[word].append(position)

    def declared(self, cell: str) -> Programme | None:
        """The programme the cell names exactly (id, name or alias; case and spaces aside)."""
        return self._keys.declared(cell)

    def variant(self, cell: str) -> Programme | None:
        """The programme the cell names once spaces and punctuation are ignored."""
        return self._compact.get(compact(cell))

    def similar(self, cell: str) -> tuple[Programme, Item | None] | None:
        """The programme, or the activity of one, whose words the cell's words best match."""
        words = _content(cell)
        seen: set[int] = set()
        for word in sorted(words, key=lambda w: (len(self._postings.get(w, ())), w)):
            posting = self._postings.get(word, ())
            if len(posting) > _POSTING_LIMIT and seen:
                break
            seen.update(posting[:_POSTING_LIMIT])
        best: tuple[float, int] | None = None
        for position in sorted(seen):
            score = jaccard(words, self._entries[position][0])
            if score >= _SIMILAR and (best is None or score > best[0]):
                best = (score, position)
        if best is None:
            return None
        _, programme, activity = self._entries[best[1]]
        return programme, activity


def _index(ctx: Context) -> ProgrammeIndex:
    return ctx.memo("programmes", lambda: ProgrammeIndex(ctx))


def _cells(ctx: Context) -> Iterator[tuple[Row, str]]:
    """Each row that holds a programme cell of its own, with the cell."""
    for row in ctx.rows:
        if row.owns("programme") and row.action.programme is not None:
            yield row, row.action.programme


@rule(
    code="RB301",
    name="missing-budget",
    severity=Severity.WARNING,
    summary=Message("Baris tanpa estimasi anggaran", "A row has no estimated budget"),
    what=(
        "That every row has an estimated budget (column 11), its own or from a merged cell: "
        "an annual amount, an amount per year or a total for the period."
    ),
    why=(
        "An action without a budget cannot be put into the regional budget (APBD) and will "
        "not happen; the road map's total cost is understated."
    ),
    example='`Action(id="sdm-9", text="Pelaksanaan bimtek", budget=None)` with no `shares`.',
    reference=_PROGRAMME_REFERENCE,
    column=Column.BUDGET,
)
def missing_budget(ctx: Context) -> Iterator[Violation]:
    """Report rows without a budget."""
    for row in ctx.rows:
        if row.resolved.budget_form is None:
            yield Violation(
                entity_id=row.id,
                field="budget",
                message=Message(
                    f"baris {row.id!r} tidak memiliki estimasi anggaran",
                    f"row {row.id!r} has no estimated budget",
                ),
            )


@rule(
    code="RB302",
    name="non-positive-budget",
    severity=Severity.ERROR,
    summary=Message("Estimasi anggaran nol", "An estimated budget of zero"),
    what=(
        "That every budget a row holds is more than zero rupiah: an annual amount, each "
        "year's amount of a budget per year, and a total for the period. Negative budgets "
        "cannot occur: the model refuses them."
    ),
    why=(
        "`0,-` in a budget column is either a cell filled with a placeholder or an action "
        "that costs nothing, which then does not belong in a funded action plan; write the "
        "amount, or leave the cell blank and say why."
    ),
    example='`Action(id="sdm-9", text="Pelaksanaan bimtek", budget=0)`.',
)
def non_positive_budget(ctx: Context) -> Iterator[Violation]:
    """Report budgets of zero rupiah."""
    for row in ctx.rows:
        action = row.action
        amounts: list[tuple[str, str, str, int]] = []
        if action.budget is not None:
            amounts.append(("budget", "", "", action.budget))
        if action.budget_total is not None:
            amounts.append(
                ("budget_total", " untuk periode", " for the period", action.budget_total)
            )
        if action.budget_per_year is not None:
            amounts += [
                (f'budget_per_year["{year}"]', f" tahun {year}", f" for {year}", money)
                for year, money in action.budget_per_year.items()
            ]
        for field, indonesian, english, amount in amounts:
            if amount <= 0:
                yield Violation(
                    entity_id=row.id,
                    field=field,
                    value=amount,
                    message=Message(
                        f"estimasi anggaran{indonesian} baris {row.id!r} = {format_rupiah(amount)}",
                        f"the estimated budget{english} of row {row.id!r} = "
                        f"{format_rupiah(amount, lang='en')}",
                    ),
                )


def _where(programme: Programme, activity: Item | None) -> tuple[str, str]:
    if activity is None:
        return "", ""
    label = f" {activity.label}" if activity.label else ""
    return (
        f"; itu kegiatan{label} {clip(activity.text)} dari {clip(programme.name)}",
        f"; that is activity{label} {clip(activity.text)} of {clip(programme.name)}",
    )


@rule(
    code="RB303",
    name="undeclared-programme",
    severity=Severity.ERROR,
    summary=Message(
        "Program pada rencana aksi tidak tercantum dalam daftar program",
        "A programme named in the action plan is not declared",
    ),
    what=(
        "That every programme a row names is one of the road map's programmes (by id, name "
        "or alias; case and runs of spaces aside). Names that differ only in spaces or "
        "punctuation are RB304. The suggestion is the closest declared programme, or the "
        "programme whose activity the row names instead."
    ),
    why=(
        "The programmes of section 3.3 are the budget lines the action plan draws on. A row "
        "under a programme that is not declared has no budget line, and often names an "
        "activity (*kegiatan*) where the programme belongs."
    ),
    example="A row under *Program peningkatan disiplin aparatur* when the declared programme is "
    "*Program Peningkatan Kapasitas Sumber Daya Aparatur*, whose activity b is *Peningkatan "
    "disiplin Aparatur*.",
    reference=_PROGRAMME_REFERENCE,
)
def undeclared_programme(ctx: Context) -> Iterator[Violation]:
    """Report programme cells that name no declared programme."""
    index = _index(ctx)
    for row, cell in _cells(ctx):
        if index.declared(cell) is not None or index.variant(cell) is not None:
            continue
        found = index.similar(cell)
        suggestion = None
        hint = ("", "")
        if found is not None:
            programme, activity = found
            suggestion = programme.name
            hint = _where(programme, activity)
        yield Violation(
            entity_id=row.id,
            field="programme",
            value=cell,
            message=Message(
                f"program {clip(cell)} pada baris {row.id!r} tidak tercantum dalam daftar "
                f"program{hint[0]}",
                f"the programme {clip(cell)} of row {row.id!r} is not declared{hint[1]}",
            ),
            suggestion=suggestion,
        )


@rule(
    code="RB304",
    name="programme-spelling-variant",
    severity=Severity.WARNING,
    summary=Message(
        "Nama program ditulis berbeda dari daftar program",
        "A programme is written differently from its declared name",
    ),
    what=(
        "That a programme cell that matches a declared programme only once spaces and "
        "punctuation are ignored (*sumberdaya* for *sumber daya*) is written as declared, or "
        "that the variant is declared as an alias."
    ),
    why=(
        "Two spellings of one programme split its rows in every report that groups by "
        "programme name, and budgets summed by name come out wrong."
    ),
    example="*Program peningkatan kapasitas sumberdaya aparatur* for the declared *Program "
    "Peningkatan Kapasitas Sumber Daya Aparatur*.",
    reference=_PROGRAMME_REFERENCE,
)
def programme_spelling_variant(ctx: Context) -> Iterator[Violation]:
    """Report programme cells that match a declared programme only by compact spelling."""
    index = _index(ctx)
    for row, cell in _cells(ctx):
        if index.declared(cell) is not None:
            continue
        programme = index.variant(cell)
        if programme is not None:
            yield Violation(
                entity_id=row.id,
                field="programme",
                value=cell,
                message=Message(
                    f"program {clip(cell)} pada baris {row.id!r} ditulis berbeda dari "
                    f"{clip(programme.name)}",
                    f"the programme {clip(cell)} of row {row.id!r} is written differently "
                    f"from {clip(programme.name)}",
                ),
                suggestion=programme.name,
            )


@rule(
    code="RB305",
    name="unused-programme",
    severity=Severity.WARNING,
    summary=Message(
        "Program yang dicantumkan tidak dipakai oleh baris mana pun",
        "A declared programme is used by no row",
    ),
    what=(
        "That every declared programme is named by at least one row of the action plan "
        "(exactly, or in a spelling RB304 reports). When rows name one of its activities "
        "instead, the message says which."
    ),
    why=(
        "A programme declared but never used has no actions, no targets and no budget in the "
        "plan: either the plan forgot it, or the rows that belong to it name something else."
    ),
    example="*Program peningkatan pengawasan* declared in section 3.3 while the supervision rows "
    "name *Program good governance*.",
    reference=_PROGRAMME_REFERENCE,
    column=Column.PROGRAMME,
)
def unused_programme(ctx: Context) -> Iterator[Violation]:
    """Report declared programmes no row names."""
    index = _index(ctx)
    used: set[str] = set()
    by_activity: dict[str, list[str]] = defaultdict(list)
    for row, cell in _cells(ctx):
        programme = index.declared(cell) or index.variant(cell)
        if programme is not None:
            used.add(programme.id)
            continue
        found = index.similar(cell)
        if found is not None and found[1] is not None:
            by_activity[found[0].id].append(row.id)
    for programme in ctx.roadmap.programmes:
        if programme.id in used:
            continue
        rows = by_activity.get(programme.id, [])
        hint = (
            (
                f"; baris {', '.join(rows)} menyebut kegiatannya sebagai program",
                f"; rows {', '.join(rows)} name its activities as programmes",
            )
            if rows
            else ("", "")
        )
        yield Violation(
            entity_id=programme.id,
            field="name",
            value=programme.name,
            message=Message(
                f"program {clip(programme.name)} tidak dipakai oleh baris mana pun{hint[0]}",
                f"the programme {clip(programme.name)} is used by no row{hint[1]}",
            ),
        )


@rule(
    code="RB306",
    name="programme-without-activities",
    severity=Severity.INFO,
    summary=Message("Program tanpa kegiatan", "A declared programme lists no activities"),
    what="That every declared programme lists its activities (*kegiatan*).",
    why=(
        "In regional budgeting a programme is carried out through its activities; a programme "
        "without any cannot be funded, and rows cannot be matched to it by activity."
    ),
    example='`Programme(id="pengawasan", name="Program peningkatan pengawasan", activities=[])`.',
    reference=_PROGRAMME_REFERENCE,
)
def programme_without_activities(ctx: Context) -> Iterator[Violation]:
    """Report programmes without activities."""
    for programme in ctx.roadmap.programmes:
        if not programme.activities:
            yield Violation(
                entity_id=programme.id,
                field="activities",
                value=programme.name,
                message=Message(
                    f"program {clip(programme.name)} tidak mencantumkan kegiatan",
                    f"the programme {clip(programme.name)} lists no activities",
                ),
            )


RULES: Final = (
    missing_budget,
    non_positive_budget,
    undeclared_programme,
    programme_spelling_variant,
    unused_programme,
    programme_without_activities,
)
