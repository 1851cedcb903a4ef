"""The writer of action-plan tables: a road map to rows that read back into its action plan."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, Final, Literal, final

import attrs

from rbroadmap import _checks
from rbroadmap.areasets import AREA_SETS
from rbroadmap.messages import Lang, Message
from rbroadmap.model import (
    Action,
    Activity,
    Area,
    Column,
    PlanProgramme,
    RoadMap,
    SubActivity,
    Target,
)
from rbroadmap.model.yearly import direction_of_cells
from rbroadmap.notation import format_rupiah, format_value
from rbroadmap.tables._log import TableError
from rbroadmap.tables._reading import read_plan
from rbroadmap.values import QUARTER_NAMES

__all__ = ["WrittenTable", "write_plan"]

Merges = Literal["auto", "blank", "column"]

_SHARES_HEADER: Final = "Gabung baris"


@final
@attrs.frozen(kw_only=True)
class WrittenTable:
    """Action-plan table as written (*tabel rencana aksi tertulis*): rows of text.

    Attributes:
        rows: The header row, then a heading row per area and its rows, each
            a tuple of cells (``""`` for a blank cell), ready for
            ``csv.writer`` or a spreadsheet.
        notes: What the table cannot hold, each naming the path in the road
            map (a target's own lower-is-better formula, say): nothing is
            left out silently.
    """

    rows: tuple[tuple[str, ...], ...]
    notes: tuple[Message, ...]

    @property
    def header(self) -> tuple[str, ...]:
        """The header row."""
        return self.rows[0]

    def note_texts(self, lang: Lang) -> tuple[str, ...]:
        """The notes in *lang*."""
        return tuple(note.get(lang) for note in self.notes)


Node = PlanProgramme | Activity | SubActivity


def _walk(area: Area) -> Iterator[tuple[tuple[Node, ...], Action | None]]:
    """Every row of *area* in the order the table writes it, with the nodes it starts.

    Rows directly in the area come first, then its activities, then its
    programmes; in a node, its own rows, then its children. A node without a
    row under it is yielded with ``None``.
    """
    for action in area.actions:
        yield (), action
    nodes: tuple[Node, ...] = (*area.activities, *area.programmes)
    for node in nodes:
        yield from _walk_node(node)


def _walk_node(node: Node) -> Iterator[tuple[tuple[Node, ...], Action | None]]:
    started = False
    children: tuple[Node, ...] = ()
    if isinstance(node, PlanProgramme):
        children = node.activities
    elif isinstance(node, Activity):
        children = node.sub_activities
    for row in node.actions:
        yield ((node,) if not started else ()), row
        started = True
    for child in children:
        for nodes, action in _walk_node(child):
            yield ((node, *nodes) if not started else nodes), action
            started = True
    if not started:
        yield (node,), None


def _rows_of(roadmap: RoadMap) -> list[Action]:
    return [a for area in roadmap.areas for _, a in _walk(area) if a is not None]


@final
class _Layout:
    def __init__(self, roadmap: RoadMap, merges: bool) -> None:
        rows = _rows_of(roadmap)
        profile = roadmap.profile
        nodes = [n for area in roadmap.areas for ns, _ in _walk(area) for n in ns]
        self.levels = [
            kind
            for kind in (PlanProgramme, Activity, SubActivity)
            if any(isinstance(n, kind) for n in nodes)
        ]
        self.years = roadmap.period.years

        def has(column: Column, present: bool) -> bool:
            return profile.has(column) or present

        self.problem = has(Column.PROBLEM, any(a.problems for a in rows))
        self.action = has(Column.ACTION, any(a.text is not None for a in rows))
        self.result = has(Column.RESULT, any(a.result is not None for a in rows))
        results = [a.result.id for a in rows if a.result is not None]
        self.output = bool(results) and all(r.endswith("-keluaran") for r in results)
        self.condition = has(
            Column.EXPECTED_CONDITION, any(a.expected_condition is not None for a in rows)
        )
        targets = [a.targets for a in rows if a.targets is not None]
        self.target = has(Column.TARGET, bool(targets))
        self.measure = any(t.unit is not None for t in targets)
        self.quarters = sorted({(y, q) for t in targets for y, qs in t.quarters for q, _ in qs})
        self.programme = has(Column.PROGRAMME, any(a.programme is not None for a in rows))
        annual = any(a.budget is not None for a in rows)
        self.budget_years = sorted(
            {y for a in rows if a.budget_per_year is not None for y in a.budget_per_year.years}
        )
        self.total = any(a.budget_total is not None for a in rows)
        self.budget = annual or (
            profile.has(Column.BUDGET) and not self.budget_years and not self.total
        )
        self.units = has(Column.UNIT, any(a.units for a in rows))
        self.merges = merges
        plan_programme = bool(self.levels)
        self.header: list[str] = []
        for kind in self.levels:
            self.header.append(
                {PlanProgramme: "Program", Activity: "Kegiatan", SubActivity: "Sub Kegiatan"}[kind]
            )
        self.header += ["Permasalahan"] * self.problem + ["Aksi"] * self.action
        self.header += (["Output" if self.output else "Hasil"]) * self.result
        self.header += ["Kondisi yang Diharapkan"] * self.condition
        self.header += [f"Target {y}" for y in self.years] * self.target
        self.header += ["Satuan"] * self.measure
        self.header += [f"{QUARTER_NAMES[q - 1]} {y}" for y, q in self.quarters]
        self.header += (["Program aksi" if plan_programme else "Program"]) * self.programme
        self.header += ["Anggaran"] * self.budget
        self.header += [f"Anggaran {y}" for y in self.budget_years]
        self.header += ["Total Anggaran"] * self.total
        self.header += ["Penanggung Jawab"] * self.units
        self.header += [_SHARES_HEADER] * merges

    def node_cells(self, nodes: tuple[Node, ...]) -> list[str]:
        cells = [""] * len(self.levels)
        for node in nodes:
            index = self.levels.index(type(node))
            cells[index] = node.name if node.label is None else f"{node.label}. {node.name}"
        return cells

    def row(self, nodes: tuple[Node, ...], action: Action | None, shares: str) -> tuple[str, ...]:
        cells = self.node_cells(nodes)
        if action is None:
            return (*cells, *[""] * (len(self.header) - len(cells)))
        if self.problem:
            texts = [p.text for p in action.problems]
            cells.append(texts[0] if len(texts) == 1 else "\n".join(f"- {t}" for t in texts))
        if self.action:
            cells.append(action.text or "")
        if self.result:
            cells.append("" if action.result is None else action.result.text)
        if self.condition:
            cells.append(action.expected_condition or "")
        target = action.targets
        if self.target:
            for year in self.years:
                value = None if target is None else target.get(year)
                cells.append("" if value is None else format_value(value))
        if self.measure:
            cells.append("" if target is None or target.unit is None else target.unit)
        for year, quarter in self.quarters:
            value = None if target is None else target.quarter(year, quarter)
            cells.append("" if value is None else format_value(value))
        if self.programme:
            cells.append(action.programme or "")
        if self.budget:
            cells.append("" if action.budget is None else format_rupiah(action.budget))
        for year in self.budget_years:
            per_year = action.budget_per_year
            amount = None if per_year is None else per_year.get(year)
            cells.append("" if amount is None else format_rupiah(amount))
        if self.total:
            total = action.budget_total
            cells.append("" if total is None else format_rupiah(total))
        if self.units:
            cells.append(", ".join(action.units))
        if self.merges:
            cells.append(shares)
        return tuple(cells)


def _write(roadmap: RoadMap, merges: bool) -> list[tuple[str, ...]]:
    layout = _Layout(roadmap, merges)
    out: list[tuple[str, ...]] = [tuple(layout.header)]
    width = len(layout.header)
    for area in roadmap.areas:
        out.append((area.heading, *[""] * (width - 1)))
        numbers: dict[str, int] = {}
        for nodes, action in _walk(area):
            shares = ""
            if action is not None:
                numbers[action.id] = len(numbers) + 1
                if action.shares is not None and action.shares in numbers:
                    shares = str(numbers[action.shares])
            out.append(layout.row(nodes, action, shares))
    return out


# -- what a table holds, to compare a road map with the reading of its table


def table_target(target: Target | None) -> Target | None:
    """*target* as a table holds it: its cells, unit and quarters, the direction its cells say."""
    if target is None:
        return None
    return attrs.evolve(
        target,
        direction=direction_of_cells(target.values),
        shape=None,
        lower_is_better=None,
        cap=None,
    )


def _node_view(node: Node, positions: dict[str, int]) -> tuple[Any, ...]:
    children: tuple[Node, ...] = ()
    if isinstance(node, PlanProgramme):
        children = node.activities
    elif isinstance(node, Activity):
        children = node.sub_activities
    return (
        type(node).__name__,
        node.label,
        node.name,
        tuple(_row_view(a, positions) for a in node.actions),
        tuple(_node_view(c, positions) for c in children),
    )


def _row_view(action: Action, positions: dict[str, int]) -> tuple[Any, ...]:
    return (
        action.text,
        tuple(p.text for p in action.problems),
        None if action.result is None else action.result.text,
        action.expected_condition,
        table_target(action.targets),
        action.programme,
        action.budget,
        action.budget_per_year,
        action.budget_total,
        action.units,
        None if action.shares is None else positions.get(action.shares),
    )


def plan_view(area: Area) -> tuple[Any, ...]:
    """What a table holds of *area*: its heading and its plan, ids left out."""
    rows = [a for _, a in _walk(area) if a is not None]
    positions = {a.id: k for k, a in enumerate(rows)}
    return (
        area.id,
        area.number,
        area.label,
        area.name,
        area.standard,
        tuple(_row_view(a, positions) for a in area.actions),
        tuple(_node_view(n, positions) for n in area.activities),
        tuple(_node_view(n, positions) for n in area.programmes),
    )


def _read_back(roadmap: RoadMap, rows: list[tuple[str, ...]]) -> tuple[Area, ...] | None:
    area_set = AREA_SETS.get(roadmap.area_set or "")
    try:
        return read_plan(rows, area_set=area_set, units=roadmap.units).areas
    except TableError:
        return None


def is_empty(action: Action) -> bool:
    """Whether *action* has no cell a table would show: no text, problem, target, budget ..."""
    return action.shares is None and not any(
        (
            action.text,
            action.problems,
            action.result,
            action.expected_condition,
            action.targets,
            action.programme,
            action.budget is not None,
            action.budget_per_year,
            action.budget_total is not None,
            action.units,
        )
    )


def _differences(roadmap: RoadMap, read: tuple[Area, ...] | None) -> list[Message]:
    empty = [
        Message(
            f"aksi {row.id!r} tidak memiliki sel apa pun: tabel tidak dapat memuatnya",
            f"action {row.id!r} has no cell at all: a table cannot hold it",
        )
        for area in roadmap.areas
        for _, row in _walk(area)
        if row is not None and is_empty(row)
    ]
    if empty:
        return empty + _lost_targets(roadmap)
    if read is None or len(read) != len(roadmap.areas):
        return [
            Message(
                "tabel ini tidak terbaca kembali sebagai rencana aksi yang sama (judul area atau "
                "baris yang tidak dapat ditulis)",
                "the table does not read back as the same action plan (an area heading or a row "
                "the table cannot hold)",
            )
        ]
    notes: list[Message] = []
    for index, (area, back) in enumerate(zip(roadmap.areas, read, strict=True)):
        if plan_view(area) == plan_view(back):
            continue
        ours = [a for _, a in _walk(area) if a is not None]
        theirs = [a for _, a in _walk(back) if a is not None]
        if len(ours) != len(theirs):
            notes.append(
                Message(
                    f"areas[{index}]: baris-baris area {area.id!r} tidak terbaca kembali sama",
                    f"areas[{index}]: the rows of area {area.id!r} do not read back the same",
                )
            )
            continue
        notes.append(
            Message(
                f"areas[{index}]: area {area.id!r} tidak terbaca kembali sama",
                f"areas[{index}]: area {area.id!r} does not read back the same",
            )
        )
    return notes + _lost_targets(roadmap)


def _lost_targets(roadmap: RoadMap) -> list[Message]:
    notes: list[Message] = []
    for area in roadmap.areas:
        for _, row in _walk(area):
            if row is not None and row.targets is not None:
                notes.extend(
                    Message(
                        f"aksi {row.id!r}: targets.{name} tidak ditulis dalam tabel",
                        f"action {row.id!r}: targets.{name} is not written in a table",
                    )
                    for name in _lost_target_fields(row.targets)
                )
    return notes


def _lost_target_fields(target: Target) -> list[str]:
    names = []
    if target.direction is not direction_of_cells(target.values):
        names.append("direction")
    for name in ("declared_shape", "lower_is_better", "cap"):
        if getattr(target, name) is not None:
            names.append(name.replace("declared_", ""))
    return names


def write_plan(roadmap: RoadMap, *, merges: Merges = "auto") -> WrittenTable:
    """Write the action plan (*rencana aksi*) of *roadmap* as the rows of a table.

    One header row, then for each area a heading row (``"G. Penguatan
    Pengawasan"``) and its rows, in the columns the road map's rows use (and
    those its `rbroadmap.model.Profile` names): the plan hierarchy
    (*Program*, *Kegiatan*, *Sub Kegiatan*, each written on the first row
    under it), *Permasalahan* (several problems as bulleted lines), *Aksi*,
    *Hasil* (or *Output*), *Kondisi yang Diharapkan*, *Target <year>* for
    each year of the period, *Satuan*, *TW I <year>* …, *Program*,
    *Anggaran* (and *Anggaran <year>*, *Total Anggaran*) and *Penanggung
    Jawab*. Cells are in the document's notation (``25%``, ``IRB 70``,
    ``Rp150.000.000``); a cell covered by a merged cell of another row
    (``shares``) is written blank, once, as a printed table does.

    `read_plan` reads the table back into the same action plan: the same
    areas, plan hierarchy and rows with the same cells, ids given by the
    reader's numbering. When blank cells alone would not say which row a row
    shares (a row sharing one that is not the nearest above, or a blank cell
    that is simply blank), *merges* ``"auto"`` adds the column *Gabung
    baris* with the number of the shared row in its area; ``"blank"`` never
    adds it, ``"column"`` always does. What a table cannot hold (a target's
    declared shape, own lower-is-better formula or cap, a direction its
    cells do not say) is listed in `WrittenTable.notes`.

    Args:
        roadmap: The road map whose action plan to write.
        merges: ``"auto"``, ``"blank"`` or ``"column"``.

    Raises:
        ModelTypeError: If *roadmap* is not a `rbroadmap.RoadMap`.
        ModelError: If *merges* is not one of the three.

    >>> import rbroadmap as rb
    >>> table = write_plan(rb.samples.probolinggo())
    >>> table.header[:5]
    ('Permasalahan', 'Aksi', 'Hasil', 'Kondisi yang Diharapkan', 'Target 2018')
    >>> table.rows[2][4:9], table.rows[2][10]
    (('25%', '35%', '60%', '80%', '100%'), 'Rp150.000.000')
    >>> table.notes
    ()
    """
    if not isinstance(roadmap, RoadMap):
        raise _checks.wrong_type_named("write_plan", "roadmap", roadmap, "RoadMap / a RoadMap")
    if merges not in ("auto", "blank", "column"):
        raise _checks.fail_named(
            "write_plan",
            "merges",
            merges,
            "harus 'auto', 'blank' atau 'column'",
            "must be 'auto', 'blank' or 'column'",
        )
    rows = _write(roadmap, merges == "column")
    read = _read_back(roadmap, rows)
    if merges == "auto" and (
        read is None
        or len(read) != len(roadmap.areas)
        or any(plan_view(a) != plan_view(b) for a, b in zip(roadmap.areas, read, strict=True))
    ):
        rows = _write(roadmap, True)
        read = _read_back(roadmap, rows)
    return WrittenTable(rows=tuple(rows), notes=tuple(_differences(roadmap, read)))
