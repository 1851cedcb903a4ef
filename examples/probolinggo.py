"""Print a readable summary of a road map: areas, problems and actions, budgets
and the yearly target schedules in the document's own notation.

Until the complete Kota Probolinggo sample is bundled, this shows the opening
rows of its action plan, built by hand.
"""

import rbroadmap as rb


def opening_rows() -> rb.RoadMap:
    organisasi = rb.Area(
        id="organisasi",
        number=1,
        name="Penataan dan Penguatan Organisasi",
        standard="organisasi",
        actions=[
            rb.Action(
                id="organisasi-1",
                problems=[
                    rb.Problem(
                        id="organisasi-1-masalah",
                        text="Masih ada sub urusan yang dilaksanakan oleh OPD yang tidak "
                        "berwenang untuk menangani urusan tersebut",
                    )
                ],
                text="Penataan dan pelaksanaan revisi tugas dan fungsi pada OPD sesuai "
                "dengan urusan dan kewenangan",
                result=rb.Result(
                    id="organisasi-1-hasil", text="Penerbitan Perwali untuk tugas dan fungsi OPD"
                ),
                expected_condition="Tugas dan fungsi sesuai dengan urusan dan kewenangannya",
                targets=rb.Target.of(2018, "25%", "35%", "60%", "80%", "100%"),
                programme="Program peningkatan kapasitas kelembagaan",
                budget=rb.parse_rupiah("150.000.000,-"),
                units=["Bag. Organisasi Setda"],
            ),
        ],
    )
    return rb.RoadMap(
        id="kota-probolinggo-2018-2022",
        government="Kota Probolinggo",
        title="Road Map Reformasi Birokrasi Kota Probolinggo 2018-2022",
        period=rb.Period(2018, 2022),
        area_set="permenpanrb-11-2015",
        areas=[organisasi],
    )


def summarise(roadmap: rb.RoadMap) -> str:
    lines = [f"{roadmap.title} ({roadmap.government}, {roadmap.period})", ""]
    total = 0
    for area in roadmap.areas:
        budget = sum(a.budget or 0 for a in area.actions)
        total += budget
        lines.append(
            f"{area.number}. {area.name}: {len(area.problems)} problems, "
            f"{len(area.actions)} actions, {rb.format_rupiah(budget)} a year"
        )
        for action in area.actions:
            if action.targets is not None:
                cells = "  ".join(action.targets.notation())
                lines.append(f"   {action.id:<16} {cells}")
    lines += ["", f"Estimated annual budget: {rb.format_rupiah(total)}"]
    return "\n".join(lines)


if __name__ == "__main__":
    print(summarise(opening_rows()))
