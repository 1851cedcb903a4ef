"""Structure rules (*aturan struktur*), RB1xx: areas, themes, rows and their cells, empty texts.

A road map follows a standard set of areas of change (`rbroadmap.areasets`)
in force in its period, with an area for each of its general areas and, since
PermenPAN-RB 3/2023, a theme for each of its themes; and every row of its
action plan should say what it does about which problem, with what result,
towards which expected condition, on what yearly target, under which
programme and who answers for it. Rows are judged by their
effective cells (`rbroadmap.RoadMap.resolve`): a blank cell covered by a
merged cell of another row is not missing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from rbroadmap._text import CODE_CUTOFF, Suggester, clip
from rbroadmap.areasets import AreaKind, AreaSet, StandardArea
from rbroadmap.messages import Message
from rbroadmap.model import Area, Column, Theme
from rbroadmap.model.profile import FIELDS
from rbroadmap.rules._text import normalise
from rbroadmap.rules.kernel import Context, Severity, Violation, rule

__all__ = ["RULES"]

_AREA_SET_REFERENCE: Final = (
    "Perpres 81/2010 (Grand Design RB 2010-2025); PermenPAN-RB 11/2015 (Road Map RB "
    "2015-2019); PermenPAN-RB 25/2020 (Road Map RB 2020-2024) and its revision "
    "PermenPAN-RB 3/2023."
)
_THEME_REFERENCE: Final = (
    "PermenPAN-RB 3/2023 (revision of the Road Map RB 2020-2024: RB General and RB Tematik)."
)
_ROW_REFERENCE: Final = (
    "The action plan matrix of PermenPAN-RB 11/2015 (Road Map RB 2015-2019), whose columns "
    "the seed's Table 3.2 follows."
)


def _area_set(ctx: Context) -> AreaSet | None:
    code = ctx.roadmap.area_set
    return None if code is None else ctx.options.area_sets.get(code)


def _by_name(area: Area, area_set: AreaSet) -> StandardArea | None:
    """The standard area an area's name, or another name of it, matches."""
    for name in (area.name, *area.other_names):
        found = area_set.find(name)
        if found is not None:
            return found
    return None


def _standard_of(area: Area, area_set: AreaSet) -> StandardArea | None:
    """The standard area an area stands for: its declared code, else its name."""
    if area.standard is not None:
        return area_set.get(area.standard)
    return _by_name(area, area_set)


@rule(
    code="RB101",
    name="unknown-area-set",
    severity=Severity.ERROR,
    summary=Message(
        "Road map tidak menyebut set area perubahan baku yang dikenal",
        "The road map names no known standard set of areas of change",
    ),
    what=(
        "That the road map's `area_set` is the code of a known standard set of areas "
        "(`rbroadmap.AREA_SETS`, or the sets passed to `validate(area_sets=...)`). A road map "
        "without an area set is reported too."
    ),
    why=(
        "Which areas a road map must cover depends on the national road map in force when it "
        "was written: eight areas in 2015-2019, eight renamed ones in 2020-2024, four themes "
        "more since 2023. Without the set, no one can say whether an area is missing."
    ),
    example='`RoadMap(..., area_set="permenpanrb-11-2019")` (a mistyped `"permenpanrb-11-2015"`).',
    reference=_AREA_SET_REFERENCE,
)
def unknown_area_set(ctx: Context) -> Iterator[Violation]:
    """Report a missing or unknown area-set code."""
    code = ctx.roadmap.area_set
    known = ctx.options.area_sets
    if code is None:
        yield Violation(
            entity_id=ctx.roadmap.id,
            field="area_set",
            message=Message(
                "road map tidak menyebut set area perubahan yang diikutinya",
                "the road map does not say which set of areas of change it follows",
            ),
            suggestion=", ".join(known),
        )
    elif code not in known:
        yield Violation(
            entity_id=ctx.roadmap.id,
            field="area_set",
            value=code,
            message=Message(
                f"set area perubahan {clip(code)} tidak dikenal",
                f"the set of areas of change {clip(code)} is not known",
            ),
            suggestion=Suggester(known, cutoff=CODE_CUTOFF).closest(code),
        )


@rule(
    code="RB102",
    name="missing-standard-area",
    severity=Severity.ERROR,
    summary=Message(
        "Area perubahan baku tidak ada dalam road map",
        "A standard area of change is missing from the road map",
    ),
    what=(
        "That every general area of the road map's standard area set (*RB General*) has an "
        "area in the road map. An area stands for the standard area its `standard` code names "
        "or, without one, the standard area its name (or another name of it) matches. The "
        "themes of *RB Tematik* are RB116."
    ),
    why=(
        "The national road map asks every government body to reform in each of its areas, "
        "and the reform self-assessment (PMPRB) looks at each of them; an area left out of "
        "the road map has no goals, actions or budget to show there."
    ),
    example="A road map following `permenpanrb-11-2015` with no area for *Pengawasan*.",
    reference=_AREA_SET_REFERENCE,
)
def missing_standard_area(ctx: Context) -> Iterator[Violation]:
    """Report each standard area no area stands for."""
    area_set = _area_set(ctx)
    if area_set is None:
        return
    present = {s.code for a in ctx.roadmap.areas if (s := _standard_of(a, area_set)) is not None}
    for standard in area_set.general:
        if standard.code not in present:
            yield Violation(
                entity_id=ctx.roadmap.id,
                field="areas",
                value=standard.name,
                message=Message(
                    f"area perubahan {clip(standard.name)} dari {area_set.name} tidak ada",
                    f"the area of change {clip(standard.name)} ({standard.english}) of "
                    f"{area_set.name} is missing",
                ),
            )


@rule(
    code="RB103",
    name="unknown-standard-area",
    severity=Severity.WARNING,
    summary=Message(
        "Area tidak merujuk ke area baku dari set area road map",
        "An area does not refer to a standard area of the road map's set",
    ),
    what=(
        "That every area's `standard` is the code of an area in the road map's standard set, "
        "and that an area without a `standard` code at least has a name the set knows."
    ),
    why=(
        "The standard code ties an area written in the road map's own words (*Penataan dan "
        "Penguatan Organisasi*) to the national area it stands for; without it, coverage of "
        "the standard areas cannot be checked and areas cannot be compared across road maps."
    ),
    example='`Area(id="org", name="Penataan dan Penguatan Organisasi", standard="organization")`'
    ' (the code is `"organisasi"`).',
    reference=_AREA_SET_REFERENCE,
)
def unknown_standard_area(ctx: Context) -> Iterator[Violation]:
    """Report areas whose standard code is not in the set."""
    area_set = _area_set(ctx)
    if area_set is None:
        return
    for area in ctx.roadmap.areas:
        if area.standard is not None and area_set.get(area.standard) is not None:
            continue
        by_name = _by_name(area, area_set)
        if area.standard is None and by_name is not None:
            continue
        guess = by_name.code if by_name is not None else None
        if guess is None and area.standard is not None:
            guess = Suggester(area_set.codes, cutoff=CODE_CUTOFF).closest(area.standard)
        yield Violation(
            entity_id=area.id,
            field="standard",
            value=area.standard,
            message=(
                Message(
                    f"area {clip(area.name)} tidak menyebut area baku dan namanya tidak "
                    f"dikenal dalam {area_set.name}",
                    f"the area {clip(area.name)} names no standard area and its name is not "
                    f"known in {area_set.name}",
                )
                if area.standard is None
                else Message(
                    f"kode area baku {clip(area.standard)} tidak ada dalam {area_set.name}",
                    f"the standard area code {clip(area.standard)} is not in {area_set.name}",
                )
            ),
            suggestion=guess,
        )


@rule(
    code="RB104",
    name="duplicate-standard-area",
    severity=Severity.WARNING,
    summary=Message(
        "Dua area merujuk ke area baku yang sama",
        "Two areas stand for the same standard area",
    ),
    what="That no two areas of the road map stand for the same standard area.",
    why=(
        "Two areas for one standard area usually mean one area was split by a page break (the "
        "header row repeated on the next page) and read as a new area; its rows then belong "
        "to the first."
    ),
    example="Two areas named *Pelayanan Publik*, the second starting on a new page.",
    reference=_AREA_SET_REFERENCE,
)
def duplicate_standard_area(ctx: Context) -> Iterator[Violation]:
    """Report every area after the first that stands for a standard area."""
    area_set = _area_set(ctx)
    if area_set is None:
        return
    first: dict[str, Area] = {}
    for area in ctx.roadmap.areas:
        standard = _standard_of(area, area_set)
        if standard is None:
            continue
        if standard.code in first:
            other = first[standard.code]
            yield Violation(
                entity_id=area.id,
                field="standard",
                value=standard.code,
                message=Message(
                    f"area {clip(area.name)} merujuk ke area baku {clip(standard.name)} "
                    f"yang sudah dipakai oleh area {other.id!r}",
                    f"the area {clip(area.name)} stands for the standard area "
                    f"{clip(standard.name)}, already taken by the area {other.id!r}",
                ),
                suggestion=other.id,
            )
        else:
            first[standard.code] = area


@rule(
    code="RB105",
    name="area-without-actions",
    severity=Severity.WARNING,
    summary=Message(
        "Area perubahan tanpa baris rencana aksi",
        "An area of change has no rows in the action plan",
    ),
    what=(
        "That every area has at least one row in the action plan, directly or under the "
        "programmes, activities and sub-activities of its plan hierarchy."
    ),
    why=(
        "An area named in the road map but absent from the action plan has problems and goals "
        "but nothing planned, funded or assigned to reach them."
    ),
    example='`Area(id="peraturan", name="Peraturan Perundang-undangan", actions=[])`.',
    reference=_ROW_REFERENCE,
)
def area_without_actions(ctx: Context) -> Iterator[Violation]:
    """Report areas with no rows."""
    for area in ctx.roadmap.areas:
        if not area.rows:
            yield Violation(
                entity_id=area.id,
                field="actions",
                message=Message(
                    f"area {clip(area.name)} tidak memiliki baris rencana aksi",
                    f"the area {clip(area.name)} has no rows in the action plan",
                ),
            )


@rule(
    code="RB106",
    name="problem-without-action",
    severity=Severity.WARNING,
    summary=Message(
        "Permasalahan tanpa aksi untuk mengatasinya",
        "A problem has no action to address it",
    ),
    what=(
        "That every row naming a problem has an action, written in the row or in a merged "
        "cell that covers it."
    ),
    why=(
        "A problem without an action is a problem the road map admits and then leaves alone: "
        "nothing is planned, and nothing can be monitored."
    ),
    example="A row with the problem *Belum memiliki manajemen karir* and a result, but a blank "
    "action cell not covered by any merged cell.",
    reference=_ROW_REFERENCE,
    column=Column.ACTION,
)
def problem_without_action(ctx: Context) -> Iterator[Violation]:
    """Report rows with problems and no action."""
    for row in ctx.rows:
        if row.resolved.text is None or not row.resolved.text.strip():
            for problem in row.action.problems:
                yield Violation(
                    entity_id=problem.id,
                    field="text",
                    value=problem.text,
                    message=Message(
                        f"permasalahan pada baris {row.id!r} tidak memiliki aksi",
                        f"the problem of row {row.id!r} has no action",
                    ),
                )


@rule(
    code="RB107",
    name="action-without-problem",
    severity=Severity.INFO,
    summary=Message(
        "Aksi tanpa permasalahan yang diatasinya",
        "An action addresses no problem",
    ),
    what="That every row with an action of its own names at least one problem.",
    why=(
        "The action plan reasons from problems to actions. An action with no problem cannot "
        "be judged on whether it solved anything."
    ),
    example='`Action(id="tatalaksana-9", text="Penyusunan SOP", problems=[])`.',
    reference=_ROW_REFERENCE,
    column=Column.PROBLEM,
)
def action_without_problem(ctx: Context) -> Iterator[Violation]:
    """Report rows with an action of their own and no problem."""
    for row in ctx.rows:
        if row.owns("text") and not row.action.problems:
            yield Violation(
                entity_id=row.id,
                field="problems",
                value=row.action.text,
                message=Message(
                    f"aksi baris {row.id!r} tidak menyebut permasalahan",
                    f"the action of row {row.id!r} names no problem",
                ),
            )


def _missing(ctx: Context, field: str, indonesian: str, english: str) -> Iterator[Violation]:
    for row in ctx.rows:
        value = getattr(row.resolved, field)
        if value is None or value == ():
            yield Violation(
                entity_id=row.id,
                field=field,
                message=Message(
                    f"baris {row.id!r} tidak memiliki {indonesian}",
                    f"row {row.id!r} has no {english}",
                ),
            )


@rule(
    code="RB108",
    name="missing-result",
    severity=Severity.WARNING,
    summary=Message("Baris tanpa hasil", "A row has no result"),
    what="That every row has a result (*hasil*, column 3), its own or from a merged cell.",
    why=(
        "The result is what the action delivers (a regulation, a document, a system); "
        "without it no one can tell when the action is done."
    ),
    example='`Action(id="sdm-9", text="Pelaksanaan bimtek", result=None)` with no `shares`.',
    reference=_ROW_REFERENCE,
    column=Column.RESULT,
)
def missing_result(ctx: Context) -> Iterator[Violation]:
    """Report rows without a result."""
    yield from _missing(ctx, "result", "hasil", "result")


@rule(
    code="RB109",
    name="missing-expected-condition",
    severity=Severity.INFO,
    summary=Message("Baris tanpa kondisi yang diharapkan", "A row has no expected condition"),
    what=(
        "That every row has an expected condition (*kondisi yang diharapkan*, column 4), its "
        "own or from a merged cell."
    ),
    why="The expected condition is the outcome the result should bring about.",
    example='`Action(id="sdm-9", text="Pelaksanaan bimtek", expected_condition=None)`.',
    reference=_ROW_REFERENCE,
    column=Column.EXPECTED_CONDITION,
)
def missing_expected_condition(ctx: Context) -> Iterator[Violation]:
    """Report rows without an expected condition."""
    yield from _missing(ctx, "expected_condition", "kondisi yang diharapkan", "expected condition")


@rule(
    code="RB110",
    name="missing-target",
    severity=Severity.WARNING,
    summary=Message("Baris tanpa target tahunan", "A row has no yearly target"),
    what=(
        "That every row has a yearly target schedule (*target pencapaian aksi*, columns "
        "5-9), its own or from a merged cell."
    ),
    why=(
        "Without a target per year the action cannot be monitored, and its attainment "
        "(*capaian*) cannot be computed."
    ),
    example='`Action(id="sdm-9", text="Pelaksanaan bimtek", targets=None)`.',
    reference=_ROW_REFERENCE,
    column=Column.TARGET,
)
def missing_target(ctx: Context) -> Iterator[Violation]:
    """Report rows without targets."""
    yield from _missing(ctx, "targets", "target tahunan", "yearly target")


@rule(
    code="RB111",
    name="missing-unit",
    severity=Severity.WARNING,
    summary=Message("Baris tanpa penanggung jawab", "A row has no responsible unit"),
    what=(
        "That every row names a responsible unit (*penanggung jawab*, column 12), its own "
        "or from a merged cell."
    ),
    why="An action no unit answers for is an action no one will carry out or report on.",
    example='`Action(id="sdm-9", text="Pelaksanaan bimtek", units=[])`.',
    reference=_ROW_REFERENCE,
    column=Column.UNIT,
)
def missing_unit(ctx: Context) -> Iterator[Violation]:
    """Report rows without responsible units."""
    yield from _missing(ctx, "units", "penanggung jawab", "responsible unit")


@rule(
    code="RB112",
    name="missing-programme",
    severity=Severity.WARNING,
    summary=Message("Baris tanpa program", "A row has no programme"),
    what="That every row names a programme (*program*, column 10), its own or from a merged cell.",
    why=(
        "The programme is how the action is funded in the regional budget (APBD); an action "
        "under no programme has no budget line to draw on."
    ),
    example='`Action(id="sdm-9", text="Pelaksanaan bimtek", programme=None)`.',
    reference=_ROW_REFERENCE,
    column=Column.PROGRAMME,
)
def missing_programme(ctx: Context) -> Iterator[Violation]:
    """Report rows without a programme."""
    yield from _missing(ctx, "programme", "program", "programme")


_PLACEHOLDERS: Final = frozenset(
    {
        "tbd",
        "tba",
        "todo",
        "xxx",
        "xx",
        "x",
        "n a",
        "na",
        "lorem ipsum",
        "isi",
        "diisi",
        "belum diisi",
        "akan diisi",
        "dst",
        "dll",
        "idem",
        "ditentukan kemudian",
    }
)
_ONLY_PUNCTUATION: Final = re.compile(r"[\W_]+\Z")


@rule(
    code="RB113",
    name="empty-text",
    severity=Severity.WARNING,
    summary=Message("Teks kosong", "An empty text"),
    what=(
        "That no text of the road map is empty or only spaces: names, problems, actions, "
        "results, expected conditions, goals, list items, stages, duties."
    ),
    why=(
        "An empty text is a cell someone meant to fill. It reads as present to software and "
        "as missing to people."
    ),
    example='`Problem(id="organisasi-3-masalah", text="")`.',
)
def empty_text(ctx: Context) -> Iterator[Violation]:
    """Report empty texts."""
    for ref in ctx.texts:
        if not ref.text.strip():
            yield Violation(
                entity_id=ref.entity_id,
                field=ref.field,
                value=ref.text,
                message=Message(f"{ref.where.indonesian} kosong", f"{ref.where.english} is empty"),
            )


@rule(
    code="RB114",
    name="placeholder-text",
    severity=Severity.WARNING,
    summary=Message("Teks pengganti sementara", "A placeholder text"),
    what=(
        "That no text is a placeholder: only punctuation (`-`, `...`, `?`) or a word that "
        "stands for text to come (`TBD`, `xxx`, `idem`, `belum diisi`, `dst`)."
    ),
    why=(
        "Placeholders survive into signed documents. `idem` copies a cell that may later "
        "change; say what is meant, or share the merged cell."
    ),
    example='`Result(id="tatalaksana-2-hasil", text="-")`.',
)
def placeholder_text(ctx: Context) -> Iterator[Violation]:
    """Report placeholder texts."""
    for ref in ctx.texts:
        stripped = ref.text.strip()
        if not stripped:
            continue
        if _ONLY_PUNCTUATION.match(stripped) or normalise(stripped) in _PLACEHOLDERS:
            yield Violation(
                entity_id=ref.entity_id,
                field=ref.field,
                value=ref.text,
                message=Message(
                    f"{ref.where.indonesian} hanya pengganti sementara: {clip(ref.text)}",
                    f"{ref.where.english} is only a placeholder: {clip(ref.text)}",
                ),
            )


def _in_force_at(ctx: Context, year: int) -> str | None:
    """The code of the known set in force in *year* that came into force last, if any."""
    sets = [s for s in ctx.options.area_sets.values() if s.in_force(year)]
    return max(sets, key=lambda s: s.start or 0).code if sets else None


@rule(
    code="RB115",
    name="area-set-outside-period",
    severity=Severity.WARNING,
    summary=Message(
        "Set area perubahan tidak berlaku pada periode road map",
        "The road map's set of areas is not in force in its period",
    ),
    what=(
        "That the standard area set the road map follows was in force in its period: it did "
        "not end before the period starts, nor come into force after the period ends. Sets "
        "whose years are not known (`AreaSet.start`, `AreaSet.end`) are not checked. The "
        "suggestion is the known set in force when the period starts."
    ),
    why=(
        "A road map follows the national road map of its time: a 2022-2024 road map written "
        "to the areas of 2015-2019 misses the areas renamed and added since (change "
        "management, deregulation), and is assessed against areas it does not have."
    ),
    example='A 2022-2024 road map with `area_set="permenpanrb-11-2015"` (in force 2015-2019).',
    reference=_AREA_SET_REFERENCE,
)
def area_set_outside_period(ctx: Context) -> Iterator[Violation]:
    """Report an area set not in force in any year of the road map's period."""
    area_set = _area_set(ctx)
    if area_set is None or area_set.start is None or area_set.end is None:
        return
    period = ctx.roadmap.period
    if area_set.end < period.start:
        when = Message(
            f"berakhir sebelum periode {period} dimulai", f"ended before the period {period} starts"
        )
    elif area_set.start > period.end:
        when = Message(
            f"baru berlaku setelah periode {period} berakhir",
            f"came into force only after the period {period} ends",
        )
    else:
        return
    years = f"{area_set.start}-{area_set.end}"
    yield Violation(
        entity_id=ctx.roadmap.id,
        field="area_set",
        value=area_set.code,
        message=Message(
            f"set area perubahan {clip(area_set.name)} (berlaku {years}) {when.indonesian}",
            f"the set of areas of change {clip(area_set.name)} (in force {years}) {when.english}",
        ),
        suggestion=_in_force_at(ctx, period.start),
    )


def _theme_of(theme: Theme, area_set: AreaSet) -> StandardArea | None:
    """The standard theme (or part of one) a theme stands for: its code, else its name."""
    found = (
        area_set.get(theme.standard) if theme.standard is not None else area_set.find(theme.name)
    )
    return found if found is not None and found.kind is AreaKind.THEMATIC else None


@rule(
    code="RB116",
    name="missing-theme",
    severity=Severity.WARNING,
    summary=Message(
        "Tema RB Tematik dari set area tidak ada dalam road map",
        "A theme of thematic reform of the standard area set is missing from the road map",
    ),
    what=(
        "That every theme of *RB Tematik* in the road map's standard area set has a theme in "
        "the road map (`RoadMap.themes`), or an area that stands for it. A theme made of parts "
        "(the President's current priorities: the use of domestic products, inflation "
        "control) is present when the road map has a theme for it or for one of its parts."
    ),
    why=(
        "Since PermenPAN-RB 3/2023 reform is assessed on its themes as well as on its general "
        "areas: a theme left out has no goals and no impact indicators to show."
    ),
    example="A road map following `permenpanrb-3-2023` with no theme for *Peningkatan Investasi*.",
    reference=_THEME_REFERENCE,
)
def missing_theme(ctx: Context) -> Iterator[Violation]:
    """Report each theme of the set no theme or area stands for."""
    area_set = _area_set(ctx)
    if area_set is None or not area_set.themes:
        return
    present = {s.code for t in ctx.roadmap.themes if (s := _theme_of(t, area_set)) is not None}
    present |= {s.code for a in ctx.roadmap.areas if (s := _standard_of(a, area_set)) is not None}
    for theme in area_set.themes:
        parts = {p.code for p in area_set.parts_of(theme.code)}
        if theme.code not in present and not parts & present:
            yield Violation(
                entity_id=ctx.roadmap.id,
                field="themes",
                value=theme.name,
                message=Message(
                    f"tema {clip(theme.name)} dari {area_set.name} tidak ada",
                    f"the theme {clip(theme.name)} ({theme.english}) of {area_set.name} is missing",
                ),
            )


@rule(
    code="RB117",
    name="unknown-theme",
    severity=Severity.WARNING,
    summary=Message(
        "Tema tidak merujuk ke tema RB Tematik dari set area road map",
        "A theme does not refer to a theme of the road map's set",
    ),
    what=(
        "That every theme's `standard` is the code of a theme (or a part of one) of *RB "
        "Tematik* in the road map's standard area set, and that a theme without a `standard` "
        "code at least has a name the set knows. A road map whose set has no themes (sets "
        "before 2023) is reported for each theme it holds."
    ),
    why=(
        "The standard code ties a theme written in the road map's own words to the national "
        "theme it stands for; without it, coverage of the themes cannot be checked and themes "
        "cannot be compared across road maps."
    ),
    example='`Theme(id="investasi", name="Investasi", standard="investment")` (the code is '
    '`"investasi"`).',
    reference=_THEME_REFERENCE,
)
def unknown_theme(ctx: Context) -> Iterator[Violation]:
    """Report themes whose code or name the set does not know as a theme."""
    area_set = _area_set(ctx)
    if area_set is None:
        return
    codes = [a.code for a in area_set if a.kind is AreaKind.THEMATIC]
    for theme in ctx.roadmap.themes:
        if _theme_of(theme, area_set) is not None:
            continue
        by_name = area_set.find(theme.name)
        guess = by_name.code if by_name is not None and by_name.code in codes else None
        if guess is None and theme.standard is not None and codes:
            guess = Suggester(codes, cutoff=CODE_CUTOFF).closest(theme.standard)
        yield Violation(
            entity_id=theme.id,
            field="standard",
            value=theme.standard,
            message=(
                Message(
                    f"tema {clip(theme.name)} tidak menyebut tema baku dan namanya tidak "
                    f"dikenal sebagai tema dalam {area_set.name}",
                    f"the theme {clip(theme.name)} names no standard theme and its name is not "
                    f"known as a theme in {area_set.name}",
                )
                if theme.standard is None
                else Message(
                    f"kode tema {clip(theme.standard)} bukan tema dalam {area_set.name}",
                    f"the theme code {clip(theme.standard)} is not a theme in {area_set.name}",
                )
            ),
            suggestion=guess,
        )


@rule(
    code="RB118",
    name="cell-in-absent-column",
    severity=Severity.WARNING,
    summary=Message(
        "Baris memuat sel dari kolom yang tidak ada menurut profil dokumen",
        "A row holds a cell of a column the document's profile leaves out",
    ),
    what=(
        "That no row holds a cell of a column the road map's profile (`Profile.columns`) "
        "says its action plan does not have: a budget in a table without a budget column, a "
        "unit in a table without a unit column."
    ),
    why=(
        "The profile tells the rules which columns to expect; a cell in a column the "
        "profile leaves out is either a column the profile forgot, whose checks are then "
        "skipped, or a value that belongs elsewhere."
    ),
    example="`Profile(columns=[Column.RESULT, Column.TARGET])` and a row with `budget=50000000`.",
)
def cell_in_absent_column(ctx: Context) -> Iterator[Violation]:
    """Report the cells rows hold in columns the profile leaves out."""
    absent = ctx.roadmap.profile.missing
    if not absent:
        return
    for row in ctx.rows:
        for column in absent:
            field = next(
                (f for f in FIELDS[column] if getattr(row.action, f) not in (None, ())), None
            )
            if field is None:
                continue
            name = column.label
            article = "an" if name.english[0].lower() in "aeiou" else "a"
            yield Violation(
                entity_id=row.id,
                field=field,
                message=Message(
                    f"baris {row.id!r} memuat sel {name.indonesian.lower()}, padahal menurut "
                    "profil dokumen rencana aksinya tidak memiliki kolom itu",
                    f"row {row.id!r} holds {article} {name.english.lower()} cell, but the "
                    "document's profile says its action plan has no such column",
                ),
            )


RULES: Final = (
    unknown_area_set,
    missing_standard_area,
    unknown_standard_area,
    duplicate_standard_area,
    area_without_actions,
    problem_without_action,
    action_without_problem,
    missing_result,
    missing_expected_condition,
    missing_target,
    missing_unit,
    missing_programme,
    empty_text,
    placeholder_text,
    area_set_outside_period,
    missing_theme,
    unknown_theme,
    cell_in_absent_column,
)
