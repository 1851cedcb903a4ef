"""Organisation and stage rules (*aturan pengorganisasian dan tahapan*), RB7xx.

A road map sets up teams to carry the reform (section 3.4), each with duties
and a chair, and plans one stage per year of its period (*tahapan*). Its lists
are numbered or lettered; a gap in the numbering is a sign that something was
lost (the seed numbers its teams 1, 2 and 4).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Final

from rbroadmap._text import clip
from rbroadmap.messages import Message
from rbroadmap.model import Role, structure
from rbroadmap.rules.kernel import Context, Severity, Violation, rule

__all__ = ["RULES"]


@rule(
    code="RB701",
    name="team-without-chair",
    severity=Severity.ERROR,
    summary=Message("Tim tanpa ketua", "A team has no chair"),
    what="That every team has a member in the role of chair (`Role.CHAIR`).",
    why=(
        "A team without a chair has no one who convenes it, signs for it or answers for its duties."
    ),
    example='`Team(id="tim-monev", name="Tim Monitoring dan Evaluasi", members=[TeamMember('
    'role=Role.SECRETARY, holder="Sekretaris Inspektorat")])`.',
)
def team_without_chair(ctx: Context) -> Iterator[Violation]:
    """Report teams with no chair."""
    for team in ctx.roadmap.teams:
        if not team.holders(Role.CHAIR):
            yield Violation(
                entity_id=team.id,
                field="members",
                value=team.name,
                message=Message(
                    f"tim {clip(team.name)} tidak memiliki ketua",
                    f"the team {clip(team.name)} has no chair",
                ),
            )


@rule(
    code="RB702",
    name="several-chairs",
    severity=Severity.INFO,
    summary=Message(
        "Tim dengan beberapa ketua tanpa pembeda",
        "A team has several chairs and nothing tells them apart",
    ),
    what=(
        "That a team with more than one chair gives each a distinct title (*Ketua I*, *Ketua "
        "II*), so that the order of authority is clear."
    ),
    why=(
        "Two chairs of equal standing leave open who decides when they disagree and who signs. "
        "A deputy is usually meant (*Wakil Ketua*); say so."
    ),
    example='`members=[TeamMember(role=Role.CHAIR, holder="Walikota"), TeamMember(role='
    'Role.CHAIR, holder="Wakil Walikota")]`.',
)
def several_chairs(ctx: Context) -> Iterator[Violation]:
    """Report teams with several untitled chairs."""
    for team in ctx.roadmap.teams:
        chairs = [m for m in team.members if m.role is Role.CHAIR]
        titles = {m.title for m in chairs}
        if len(chairs) > 1 and (None in titles or len(titles) < len(chairs)):
            holders = ", ".join(m.holder for m in chairs)
            yield Violation(
                entity_id=team.id,
                field="members",
                value=holders,
                message=Message(
                    f"tim {clip(team.name)} diketuai oleh {len(chairs)} orang ({holders}) "
                    "tanpa pembeda jabatan",
                    f"the team {clip(team.name)} has {len(chairs)} chairs ({holders}) with "
                    "nothing to tell them apart",
                ),
            )


def _ordinal(label: str) -> tuple[str, int] | None:
    """A label as a kind (digits or letters) and a position: ``"c"`` is 3, ``"4"`` is 4."""
    text = label.strip().rstrip(".)").lstrip("(")
    if text.isdigit():
        return ("digits", int(text))
    if len(text) == 1 and text.isascii() and text.isalpha():
        return ("letters", ord(text.casefold()) - ord("a") + 1)
    return None


def _label(kind: str, position: int, like: str) -> str:
    if kind == "digits":
        return str(position)
    letter = chr(ord("a") + position - 1)
    return letter.upper() if like.strip().rstrip(".)").lstrip("(").isupper() else letter


def _numbered_lists(ctx: Context) -> Iterator[tuple[Message, Sequence[tuple[str, str, str]]]]:
    """Every numbered list: its name, and its (entity id, field, label) entries in order."""
    for part, owner, entries in structure.numbered_lists(ctx.roadmap):
        name = part.name
        if owner is None:
            yield Message(name.indonesian, f"the {name.english}"), entries
        else:
            yield (
                Message(f"{name.indonesian} dari {owner!r}", f"the {name.english} of {owner!r}"),
                entries,
            )


def _sequence_faults(
    entries: Sequence[tuple[str, str, str]],
) -> Iterator[tuple[str, str, str, str, str]]:
    """Yield (fault, entity, field, label, expected) for gaps and repeats in one list.

    A gap is a number missing from 1 up to the largest number used; it is reported
    at the first entry numbered above it. Entries out of order are not gaps.
    """
    positions = [_ordinal(label) for _, _, label in entries]
    if not entries or any(p is None for p in positions):
        return
    kinds = {p[0] for p in positions if p is not None}
    if len(kinds) != 1:
        return
    kind = kinds.pop()
    numbers = [p[1] for p in positions if p is not None]
    used = set(numbers)
    missing = sorted(set(range(1, max(numbers) + 1)) - used)
    seen: set[int] = set()
    for (entity, field, label), number in zip(entries, numbers, strict=True):
        skipped = []
        while missing and missing[0] < number:
            skipped.append(_label(kind, missing.pop(0), label))
        if skipped:
            yield ("gap", entity, field, label, ", ".join(skipped))
        if number in seen:
            yield ("repeat", entity, field, label, label)
        seen.add(number)


@rule(
    code="RB703",
    name="numbering-gap",
    severity=Severity.WARNING,
    summary=Message("Penomoran daftar melompat", "A numbered list skips a number"),
    what=(
        "That every numbered or lettered list runs without gaps from 1 or *a*: the areas, "
        "programmes, teams, achievements, priority services and quick wins, and the items of "
        "each list (improvement items, activities, stage steps, team duties)."
    ),
    why=(
        "A gap (teams 1, 2, 4) means an entry was lost in editing, or the numbering was not "
        "updated when one was removed; either way, references by number (*tim 3*) break."
    ),
    example="Teams numbered 1 (*Tim Pengarah*), 2 (*Tim Pelaksana*) and 4 (*Tim Monitoring "
    "dan Evaluasi*).",
)
def numbering_gap(ctx: Context) -> Iterator[Violation]:
    """Report the first entry after each gap in a numbered list."""
    for name, entries in _numbered_lists(ctx):
        for fault, entity, field, label, expected in _sequence_faults(entries):
            if fault == "gap":
                missing = _missing(expected.split(", "))
                yield Violation(
                    entity_id=entity,
                    field=field,
                    value=label,
                    message=Message(
                        f"penomoran {name.indonesian} melompat ke {clip(label)}; "
                        f"{missing.indonesian}",
                        f"the numbering of {name.english} jumps to {clip(label)}; "
                        f"{missing.english}",
                    ),
                    suggestion=expected,
                )


def _missing(labels: Sequence[str]) -> Message:
    """The labels a list skips, in words: ``'3' is missing``, ``'2' and '3' are missing``."""
    quoted = [clip(label) for label in labels]
    if len(quoted) == 1:
        return Message(f"{quoted[0]} tidak ada", f"{quoted[0]} is missing")
    head = ", ".join(quoted[:-1])
    return Message(f"{head} dan {quoted[-1]} tidak ada", f"{head} and {quoted[-1]} are missing")


@rule(
    code="RB704",
    name="numbering-repeat",
    severity=Severity.WARNING,
    summary=Message("Nomor daftar dipakai dua kali", "A numbered list uses a number twice"),
    what="That no number or letter appears twice in one numbered or lettered list.",
    why="Two entries under one number cannot be told apart by reference.",
    example="Two improvement items lettered *c*.",
)
def numbering_repeat(ctx: Context) -> Iterator[Violation]:
    """Report entries whose number was used before in their list."""
    for name, entries in _numbered_lists(ctx):
        for fault, entity, field, label, _ in _sequence_faults(entries):
            if fault == "repeat":
                yield Violation(
                    entity_id=entity,
                    field=field,
                    value=label,
                    message=Message(
                        f"nomor {clip(label)} dipakai dua kali dalam {name.indonesian}",
                        f"the number {clip(label)} is used twice in {name.english}",
                    ),
                )


@rule(
    code="RB705",
    name="year-without-stage",
    severity=Severity.WARNING,
    summary=Message("Tahun periode tanpa tahapan", "A year of the period has no stage"),
    what="That every year of the road map's period has a stage (*tahapan*).",
    why=(
        "The stages say what each year of the reform is for (build the base, continue, "
        "evaluate). A year without a stage has no direction, and the yearly report on the "
        "stage has nothing to report against."
    ),
    example="A 2018-2022 road map with stages for 2018, 2019, 2021 and 2022.",
)
def year_without_stage(ctx: Context) -> Iterator[Violation]:
    """Report years of the period with no stage."""
    if not ctx.roadmap.stages:
        years = ctx.roadmap.period.years
    else:
        have = {s.year for s in ctx.roadmap.stages}
        years = tuple(y for y in ctx.roadmap.period.years if y not in have)
    for year in years:
        yield Violation(
            entity_id=ctx.roadmap.id,
            field="stages",
            value=year,
            message=Message(
                f"tahun {year} tidak memiliki tahapan", f"the year {year} has no stage"
            ),
        )


@rule(
    code="RB706",
    name="repeated-stage-year",
    severity=Severity.WARNING,
    summary=Message("Dua tahapan untuk satu tahun", "Two stages for one year"),
    what="That no two stages are for the same year.",
    why="Two stages for one year usually mean one year was mistyped, and another is missing.",
    example='`Stage(id="tahap-2019", year=2019)` and `Stage(id="tahap-2020", year=2019)`.',
)
def repeated_stage_year(ctx: Context) -> Iterator[Violation]:
    """Report every stage after the first for a year."""
    first: dict[int, str] = {}
    for stage in ctx.roadmap.stages:
        earlier = first.setdefault(stage.year, stage.id)
        if earlier != stage.id:
            yield Violation(
                entity_id=stage.id,
                field="year",
                value=stage.year,
                message=Message(
                    f"tahapan {stage.id!r} untuk tahun {stage.year}, yang sudah memiliki "
                    f"tahapan {earlier!r}",
                    f"the stage {stage.id!r} is for {stage.year}, which already has the stage "
                    f"{earlier!r}",
                ),
            )


@rule(
    code="RB707",
    name="team-without-duties",
    severity=Severity.WARNING,
    summary=Message("Tim tanpa tugas", "A team has no duties"),
    what="That every team lists its duties (*tugas*).",
    why="A team with no duties cannot be held to anything, nor told apart from the others.",
    example='`Team(id="tim-pelaksana", name="Tim Pelaksana", duties=[])`.',
)
def team_without_duties(ctx: Context) -> Iterator[Violation]:
    """Report teams with no duties."""
    for team in ctx.roadmap.teams:
        if not team.duties:
            yield Violation(
                entity_id=team.id,
                field="duties",
                value=team.name,
                message=Message(
                    f"tim {clip(team.name)} tidak memiliki tugas",
                    f"the team {clip(team.name)} has no duties",
                ),
            )


@rule(
    code="RB708",
    name="stage-without-steps",
    severity=Severity.INFO,
    summary=Message("Tahapan tanpa langkah", "A stage lists no steps"),
    what="That every stage lists its steps (*langkah-langkah*).",
    why="A stage without steps states an aim but not what will be done that year.",
    example='`Stage(id="tahap-2020", year=2020, description="...", steps=[])`.',
)
def stage_without_steps(ctx: Context) -> Iterator[Violation]:
    """Report stages with no steps."""
    for stage in ctx.roadmap.stages:
        if not stage.steps:
            yield Violation(
                entity_id=stage.id,
                field="steps",
                value=stage.year,
                message=Message(
                    f"tahapan {stage.year} tidak memuat langkah",
                    f"the stage for {stage.year} lists no steps",
                ),
            )


RULES: Final = (
    team_without_chair,
    several_chairs,
    numbering_gap,
    numbering_repeat,
    year_without_stage,
    repeated_stage_year,
    team_without_duties,
    stage_without_steps,
)
