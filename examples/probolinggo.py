"""The main job: a readable summary of the Kota Probolinggo road map 2018-2022.

Prints the areas of change with their numbers of problems and actions, the
estimated budget per area and in total in Rupiah notation, every target
schedule in the document's own notation, the budget by programme and by
responsible unit, and the report of the consistency rules, grouped by rule.

    python examples/probolinggo.py            # in Indonesian
    python examples/probolinggo.py --lang en  # in English
"""

from __future__ import annotations

import argparse
import textwrap

import rbroadmap as rb

WIDTH = 110
FIELDS = ("text", "result", "expected_condition", "targets", "programme", "budget", "units")

TEXT = {
    "id": {
        "areas": "Area perubahan",
        "problems": "masalah",
        "actions": "aksi",
        "rows": "baris",
        "budget": "anggaran/tahun",
        "total": "Jumlah",
        "period": "Selama periode {period} (tiap baris dihitung pada tahun targetnya jatuh)",
        "schedules": "Target pencapaian aksi, seperti tertulis",
        "shares": "sel tergabung dengan {owner}: {fields}",
        "no_action": "(tanpa aksi sendiri)",
        "by_programme": "Anggaran per tahun menurut program",
        "by_unit": "Anggaran per tahun menurut penanggung jawab (dibagi rata bila lebih dari satu)",
        "undeclared": "tidak tercantum di 3.3",
        "none": "(tidak ada)",
        "unknown": "tidak terdaftar",
        "set": "area perubahan menurut",
        "report": "Pemeriksaan konsistensi",
        "fields": {
            "text": "aksi",
            "result": "hasil",
            "expected_condition": "kondisi yang diharapkan",
            "targets": "target",
            "programme": "program",
            "budget": "anggaran",
            "units": "penanggung jawab",
        },
    },
    "en": {
        "areas": "Areas of change",
        "problems": "problems",
        "actions": "actions",
        "rows": "rows",
        "budget": "budget a year",
        "total": "Total",
        "period": "Over the period {period} (each row counted in the years its target is due)",
        "schedules": "Yearly targets, as written",
        "shares": "merged cells of {owner}: {fields}",
        "no_action": "(no action of its own)",
        "by_programme": "Budget a year by programme",
        "by_unit": "Budget a year by responsible unit (split equally when several)",
        "undeclared": "not declared in 3.3",
        "none": "(none)",
        "unknown": "not in the registry",
        "set": "areas of",
        "report": "Consistency check",
        "fields": {
            "text": "action",
            "result": "result",
            "expected_condition": "expected condition",
            "targets": "target",
            "programme": "programme",
            "budget": "budget",
            "units": "units",
        },
    },
}


def cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def summary(roadmap: rb.RoadMap, lang: rb.messages.Lang = "id") -> str:
    t = TEXT[lang]
    money = rb.format_rupiah
    budget = rb.budget_summary(roadmap)
    area_set = rb.AREA_SETS.get(roadmap.area_set or "")
    lines = [roadmap.title, f"{roadmap.government}, {roadmap.period}"]
    if area_set is not None:
        lines[-1] += f" · {t['set']} {area_set.name} ({area_set.regulation})"
    lines += ["", "=" * WIDTH]

    header = f"{t['areas']:<54}{t['problems']:>11}{t['actions']:>7}{t['rows']:>7}{t['budget']:>22}"
    lines += [header, "-" * WIDTH]
    totals = [0, 0, 0]
    for area in roadmap.areas:
        counts = [
            len(area.problems),
            sum(1 for a in area.actions if a.text is not None),
            len(area.actions),
        ]
        totals = [x + y for x, y in zip(totals, counts, strict=True)]
        name = cut(f"{area.number}. {area.name}", 53)
        lines.append(
            f"{name:<54}{counts[0]:>11}{counts[1]:>7}{counts[2]:>7}"
            f"{money(budget.by_area[area.id]):>22}"
        )
    lines.append("-" * WIDTH)
    lines.append(
        f"{t['total']:<54}{totals[0]:>11}{totals[1]:>7}{totals[2]:>7}{money(budget.total):>22}"
    )
    lines.append(f"{t['period'].format(period=roadmap.period):<79}{money(budget.period_total):>22}")

    years = roadmap.period.years
    lines += ["", "=" * WIDTH]
    lines.append(f"{t['schedules']:<58}" + "".join(f"{y:>7}" for y in years) + f"{t['budget']:>17}")
    for area in roadmap.areas:
        lines += ["-" * WIDTH, f"{area.number}. {area.name}"]
        for action in area.actions:
            text = action.text or t["no_action"]
            head = f"  {action.id:<20}{text if len(text) <= 36 else '':<36}"
            cells = action.targets.notation() if action.targets is not None else ()
            wide = any(len(c) > 6 for c in cells)
            shown = "".join(f"{c:>7}" for c in cells) if cells and not wide else " " * 35
            amount = money(action.budget) if action.budget is not None else ""
            lines.append(f"{head}{shown}{amount:>17}")
            if len(text) > 36:  # the action in full, as written, under its row
                lines += textwrap.wrap(
                    text, WIDTH - 4, initial_indent=" " * 22, subsequent_indent=" " * 22
                )
            if wide:
                assert action.targets is not None
                per_year = " | ".join(f"{y}: {c}" for y, c in zip(years, cells, strict=True))
                lines.append(f"{'':<22}{per_year}")
            row = roadmap.resolve(action)
            if row.inherited and action.shares is not None:
                fields = ", ".join(t["fields"][f] for f in FIELDS if f in row.inherited)
                lines.append(f"{'':<22}↳ {t['shares'].format(owner=action.shares, fields=fields)}")

    lines += ["", "=" * WIDTH, t["by_programme"], "-" * WIDTH]
    for key, amount in budget.by_programme.items():
        programme = roadmap.programme(key) if key is not None else None
        if programme is not None:
            name = f"{programme.number}. {programme.name}"
        elif key is None:
            name = t["none"]
        else:
            name = f"{key} [{t['undeclared']}]"
        *first, last = textwrap.wrap(name, WIDTH - 24, subsequent_indent="  ")
        lines += [f"  {line}" for line in first]
        lines.append(f"  {last:<{WIDTH - 22}}{money(amount):>20}")

    lines += ["", t["by_unit"], "-" * WIDTH]
    for key, amount in budget.by_unit.items():
        ref = roadmap.units.get(key) if key is not None else None
        if ref is not None:
            name = ref.name
        elif key is None:
            name = t["none"]
        else:
            name = f"{key} [{t['unknown']}]"
        lines.append(f"  {name:<{WIDTH - 22}}{money(amount):>20}")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", choices=["id", "en"], default="id")
    args = parser.parse_args()
    roadmap = rb.samples.probolinggo()
    print(summary(roadmap, args.lang))
    print()
    print("=" * WIDTH)
    print(TEXT[args.lang]["report"])
    print("=" * WIDTH)
    print(rb.validate(roadmap, lang=args.lang).to_text())


if __name__ == "__main__":
    main()
