"""A road map shaped as Kabupaten Klaten's: lettered areas, a plan hierarchy of activities
and sub-activities whose rows are outputs with their own targets, and a programme heading
above rows without a programme cell of their own."""

from __future__ import annotations

import rbroadmap as rb
from rbroadmap.model import Activity, PlanProgramme, SubActivity

__all__ = ["klaten_like", "output"]

T = rb.Target.of


def output(id: str, text: str, *cells: str) -> rb.Action:
    """A row as Klaten writes one: an output with a tick (or a target) per year."""
    return rb.Action(
        id=id,
        result=rb.Result(id=f"{id}-keluaran", text=text),
        targets=T(2022, *cells) if cells else None,
    )


def klaten_like(**changes: object) -> rb.RoadMap:
    """Area G of the Klaten excerpt, kegiatan 3 with two of its sub-activities, and a
    programme heading in area H."""
    integrity = Activity(
        id="pengawasan-k3",
        label="3",
        name="Meningkatkan sistem integritas dalam upaya pencegahan KKN",
        sub_activities=[
            SubActivity(
                id="pengawasan-k3-s1",
                label="1",
                name="Pembangunan Zona Integritas",
                actions=[
                    output("pengawasan-k3-s1-1", "Pencanangan zona integritas", "100%", "100%"),
                    output("pengawasan-k3-s1-2", "Laporan pembangunan zona integritas", "50%"),
                ],
            ),
            SubActivity(
                id="pengawasan-k3-s2",
                label="2",
                name="Pengendalian gratifikasi",
                actions=[output("pengawasan-k3-s2-1", "Laporan public campaign", "1 Dokumen")],
            ),
        ],
    )
    service = PlanProgramme(
        id="pelayanan-p1",
        label="1",
        name="Program peningkatan kualitas pelayanan publik",
        actions=[
            rb.Action(id="pelayanan-p1-1", text="Survei kepuasan masyarakat"),
            rb.Action(id="pelayanan-p1-2", text="Mall pelayanan publik", programme="Program MPP"),
        ],
    )
    fields: dict[str, object] = {
        "id": "kabupaten-klaten-2022-2024",
        "government": "Kabupaten Klaten",
        "period": rb.Period(2022, 2024),
        "area_set": "permenpanrb-25-2020",
        "areas": [
            rb.Area(
                id="pengawasan",
                label="G",
                name="Penguatan Pengawasan",
                standard="pengawasan",
                activities=[integrity],
            ),
            rb.Area(
                id="pelayanan-publik",
                label="H",
                name="Peningkatan Kualitas Pelayanan Publik",
                standard="pelayanan-publik",
                programmes=[service],
            ),
        ],
    }
    fields.update(changes)
    return rb.RoadMap(**fields)  # type: ignore[arg-type]
