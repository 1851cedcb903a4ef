"""The main job: a readable summary of the Kota Probolinggo road map 2018-2022.

Prints the areas of change with their numbers of problems and actions, the
estimated budget per area and in total in Rupiah notation, every target
schedule in the document's own notation, the budget by programme and by
responsible unit, and the report of the consistency rules, grouped by rule.
Every line fits in `WIDTH` characters: long texts wrap inside their column.

    python examples/probolinggo.py            # in Indonesian
    python examples/probolinggo.py --lang en  # in English
"""

from __future__ import annotations

import argparse
import textwrap
from collections.abc import Sequence

import rbroadmap as rb

WIDTH = 100
"""The widest line the script prints, in characters."""
GAP = 2
"""Spaces between two columns."""
FIELDS = ("text", "result", "expected_condition", "targets", "programme", "budget", "units")

TEXT: dict[str, dict[str, str]] = {
    "id": {
        "set": "area perubahan menurut {name} ({regulation})",
        "area": "Area perubahan",
        "problems": "Masalah",
        "actions": "Aksi",
        "rows": "Baris",
        "budget": "Anggaran/tahun",
        "total": "Jumlah",
        "period": "Selama periode {period} (tiap baris dihitung pada tahun targetnya jatuh)",
        "schedules": "Target pencapaian aksi, seperti tertulis",
        "row": "Baris",
        "every year": "{first}-{last}, tiap tahun: {cell}",
        "shares": "↳ sel tergabung dengan {owner}: {fields}",
        "no action": "(tanpa aksi sendiri)",
        "by programme": "Anggaran per tahun menurut program",
        "declared": "Program dalam daftar program road map, bernomor seperti dalam daftar:",
        "unfunded": "–: tidak ada baris rencana aksi beranggaran yang menyebut program ini",
        "undeclared": (
            "Program yang hanya disebut dalam rencana aksi, tidak ada dalam daftar program "
            "road map (lihat temuan RB303 dan RB304 di bawah):"
        ),
        "no programme": "Baris tanpa program:",
        "by unit": "Anggaran per tahun menurut penanggung jawab (dibagi rata bila lebih dari satu)",
        "registered": "Penanggung jawab dalam daftar unit road map:",
        "unregistered": (
            "Penanggung jawab yang tidak ada dalam daftar unit road map (lihat temuan RB401 "
            "di bawah):"
        ),
        "no unit": "Baris tanpa penanggung jawab:",
        "none": "(tidak ada)",
        "report": "Pemeriksaan konsistensi",
    },
    "en": {
        "set": "areas of change of {name} ({regulation})",
        "area": "Area of change",
        "problems": "Problems",
        "actions": "Actions",
        "rows": "Rows",
        "budget": "Budget a year",
        "total": "Total",
        "period": "Over the period {period} (each row counted in the years its target is due)",
        "schedules": "Yearly targets, as written",
        "row": "Row",
        "every year": "{first}-{last}, every year: {cell}",
        "shares": "↳ merged cells with {owner}: {fields}",
        "no action": "(no action of its own)",
        "by programme": "Budget a year by programme",
        "declared": "Programmes in the road map's list of programmes, numbered as there:",
        "unfunded": "–: no row of the action plan with a budget names the programme",
        "undeclared": (
            "Programmes named only in the action plan, not in the road map's list of "
            "programmes (see findings RB303 and RB304 below):"
        ),
        "no programme": "Rows without a programme:",
        "by unit": "Budget a year by responsible unit (split equally when several)",
        "registered": "Responsible units in the road map's list of units:",
        "unregistered": (
            "Responsible units not in the road map's list of units (see findings RB401 below):"
        ),
        "no unit": "Rows without a responsible unit:",
        "none": "(none)",
        "report": "Consistency check",
    },
}


FIELD_NAMES = {
    "id": {
        "text": "aksi",
        "result": "hasil",
        "expected_condition": "kondisi yang diharapkan",
        "targets": "target",
        "programme": "program",
        "budget": "anggaran",
        "units": "penanggung jawab",
    },
    "en": {
        "text": "action",
        "result": "result",
        "expected_condition": "expected condition",
        "targets": "target",
        "programme": "programme",
        "budget": "budget",
        "units": "units",
    },
}
"""The cells a merged row takes from another, by name."""


# -- laying out text


def wrap(text: str, width: int, indent: int = 0) -> list[str]:
    """*text* in lines of at most *width*, each indented by *indent* spaces."""
    room = max(width - indent, 1)
    lines = textwrap.wrap(text, room, break_on_hyphens=False) or [""]
    return [(" " * indent + line).rstrip() for line in lines]


def table(rows: Sequence[Sequence[str]], widths: Sequence[int], right: set[int]) -> list[str]:
    """Rows of cells in columns of *widths*: a long cell wraps inside its column."""
    lines = []
    for row in rows:
        cells = [wrap(cell, width) for cell, width in zip(row, widths, strict=True)]
        for n in range(max(len(c) for c in cells)):
            pieces = []
            for i, (cell, width) in enumerate(zip(cells, widths, strict=True)):
                piece = cell[n] if n < len(cell) else ""
                pieces.append(piece.rjust(width) if i in right else piece.ljust(width))
            lines.append((" " * GAP).join(pieces).rstrip())
    return lines


def rule(char: str = "-") -> str:
    return char * WIDTH


def money(amount: int | None, lang: rb.messages.Lang) -> str:
    """Whole rupiah in the notation of *lang*; sums may exceed the largest single budget."""
    if amount is None:
        return "–"
    return "Rp" + rb.format_number(amount, grouping=True, lang=lang)


# -- the sections


def areas(roadmap: rb.RoadMap, budget: rb.BudgetSummary, lang: rb.messages.Lang) -> list[str]:
    t = TEXT[lang]
    rows: list[list[str]] = []
    totals = [0, 0, 0]
    for area in roadmap.areas:
        counts = [
            len(area.problems),
            sum(1 for a in area.actions if a.text is not None),
            len(area.actions),
        ]
        totals = [x + y for x, y in zip(totals, counts, strict=True)]
        number = "" if area.number is None else f"{area.number}. "
        rows.append([number + area.name, *map(str, counts), money(budget.by_area[area.id], lang)])
    head = [t["area"], t["problems"], t["actions"], t["rows"], t["budget"]]
    total = [t["total"], *map(str, totals), money(budget.total, lang)]
    figures = [max(len(r[i]) for r in [head, total, *rows]) for i in range(1, 5)]
    widths = [WIDTH - sum(figures) - GAP * 4, *figures]
    right = {1, 2, 3, 4}
    period = t["period"].format(period=roadmap.period)
    over = money(budget.period_total, lang)
    return [
        *table([head], widths, right),
        rule(),
        *table(rows, widths, right),
        rule(),
        *table([total], widths, right),
        *table([[period, over]], [WIDTH - len(over) - GAP, len(over)], {1}),
    ]


def _cell_width(roadmap: rb.RoadMap) -> int:
    """The width of a year's column: its longest cell, if that is short enough."""
    cells = [
        cell
        for action in structure_rows(roadmap)
        if action.targets is not None
        for cell in action.targets.notation()
    ]
    short = [len(c) for c in cells if len(c) <= 10]
    return max([4, *short])


def structure_rows(roadmap: rb.RoadMap) -> list[rb.Action]:
    return [action for area in roadmap.areas for action in area.actions]


def schedules(roadmap: rb.RoadMap, lang: rb.messages.Lang) -> list[str]:
    t = TEXT[lang]
    years = roadmap.period.years
    cell = _cell_width(roadmap)
    amounts = [money(a.budget, lang) for a in structure_rows(roadmap) if a.budget is not None]
    budget = max([len(t["budget"]), *map(len, amounts)])
    figures = len(years) * (cell + GAP) + GAP + budget
    in_columns = figures + 14 <= WIDTH  # else every schedule is written out in its rows
    text_indent = 4  # the texts of a row, under its id

    def figure_line(first: str, cells: Sequence[str], amount: str) -> list[str]:
        """The row's id, then its cells in the year columns and its budget."""
        shown = "".join(" " * GAP + c.rjust(cell) for c in cells) if in_columns else ""
        tail = shown + " " * GAP + amount.rjust(budget)
        room = WIDTH - len(tail)
        if len(first) <= room:
            return [(first.ljust(room) + tail).rstrip()]
        return [*wrap(first, WIDTH), (" " * room + tail).rstrip()]

    header = figure_line(f"  {t['row']}", [str(y) for y in years], t["budget"])
    lines = [*wrap(t["schedules"], WIDTH), *header]
    for area in roadmap.areas:
        number = "" if area.number is None else f"{area.number}. "
        lines += [rule(), *wrap(number + area.name, WIDTH)]
        for action in area.actions:
            cells = action.targets.notation(lang=lang) if action.targets is not None else ()
            fits = in_columns and all(len(c) <= cell for c in cells)
            amount = "" if action.budget is None else money(action.budget, lang)
            lines += figure_line(f"  {action.id}", cells if fits else [""] * len(years), amount)
            lines += wrap(action.text or t["no action"], WIDTH, text_indent)
            if cells and not fits:
                if len(set(cells)) == 1:
                    written = t["every year"].format(first=years[0], last=years[-1], cell=cells[0])
                else:
                    written = " · ".join(f"{y}: {c}" for y, c in zip(years, cells, strict=True))
                lines += wrap(written, WIDTH, text_indent)
            row = roadmap.resolve(action)
            if row.inherited and action.shares is not None:
                fields = ", ".join(FIELD_NAMES[lang][f] for f in FIELDS if f in row.inherited)
                note = t["shares"].format(owner=action.shares, fields=fields)
                lines += wrap(note, WIDTH, text_indent)
    return lines


def listing(title: str, entries: Sequence[tuple[str, str]]) -> list[str]:
    """A titled list of names and amounts: a long name wraps before its amount."""
    if not entries:
        return []
    amount = max(len(a) for _, a in entries)
    return [
        *wrap(title, WIDTH),
        *table([["", n, a] for n, a in entries], [2, WIDTH - amount - 2 * GAP - 2, amount], {2}),
    ]


def programmes(roadmap: rb.RoadMap, budget: rb.BudgetSummary, lang: rb.messages.Lang) -> list[str]:
    t = TEXT[lang]
    by_programme = budget.by_programme
    declared = sorted(
        roadmap.programmes,
        key=lambda p: (p.number is None, p.number or 0),
    )
    listed = [
        (
            ("" if p.number is None else f"{p.number}. ") + p.name,
            money(by_programme.get(p.id), lang),
        )
        for p in declared
    ]
    known = {p.id for p in roadmap.programmes}
    others = [(key, money(amount, lang)) for key, amount in by_programme.items()
              if key is not None and key not in known]  # fmt: skip
    lines = [t["by programme"], rule()]
    lines += listing(t["declared"], listed)
    if any(p.id not in by_programme for p in declared):
        lines += wrap(t["unfunded"], WIDTH, 4)
    lines += listing(t["undeclared"], others)
    if None in by_programme:
        lines += listing(t["no programme"], [(t["none"], money(by_programme[None], lang))])
    return lines


def units(roadmap: rb.RoadMap, budget: rb.BudgetSummary, lang: rb.messages.Lang) -> list[str]:
    t = TEXT[lang]
    registered, others = [], []
    for key, amount in budget.by_unit.items():
        if key is None:
            continue
        ref = roadmap.units.get(key)
        if ref is not None:
            registered.append((ref.name, money(amount, lang)))
        else:
            others.append((key, money(amount, lang)))
    lines = [t["by unit"], rule()]
    lines += listing(t["registered"], registered)
    lines += listing(t["unregistered"], others)
    if None in budget.by_unit:
        lines += listing(t["no unit"], [(t["none"], money(budget.by_unit[None], lang))])
    return lines


def summary(roadmap: rb.RoadMap, lang: rb.messages.Lang = "id") -> str:
    t = TEXT[lang]
    budget = rb.budget_summary(roadmap)
    area_set = rb.AREA_SETS.get(roadmap.area_set or "")
    heading = f"{roadmap.government}, {roadmap.period}"
    if area_set is not None:
        heading += " · " + t["set"].format(name=area_set.name, regulation=area_set.regulation)
    lines = [*wrap(roadmap.title, WIDTH), *wrap(heading, WIDTH), "", rule("=")]
    lines += areas(roadmap, budget, lang)
    lines += ["", rule("=")]
    lines += schedules(roadmap, lang)
    lines += ["", rule("=")]
    lines += programmes(roadmap, budget, lang)
    lines += ["", rule("=")]
    lines += units(roadmap, budget, lang)
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", choices=["id", "en"], default="id")
    args = parser.parse_args()
    roadmap = rb.samples.probolinggo()
    print(summary(roadmap, args.lang))
    print()
    print(rule("="))
    print(TEXT[args.lang]["report"])
    print(rule("="))
    print(rb.validate(roadmap, lang=args.lang).to_text(width=WIDTH))


if __name__ == "__main__":
    main()
