"""A goal table (*tabel tujuan*) with an IRB indicator, for the tests that need one.

The indicator is the Indeks Reformasi Birokrasi of a 2020-2024 road map, as a
regency's goal table states it: a baseline of IRB 62,5 in 2019 (``NA`` the year
before) and a target every year. Tests change what they need with keywords.
"""

from __future__ import annotations

import rbroadmap as rb

__all__ = ["goal_table", "irb"]


def irb(**changes: object) -> rb.Indicator:
    """The IRB of a 2020-2024 road map: baseline IRB 62,5 in 2019, a target every year."""
    fields: dict[str, object] = {
        "id": "irb",
        "name": "Indeks Reformasi Birokrasi",
        "unit": "IRB",
        "baseline": {2018: "NA", 2019: "62,5"},
        "targets": {2020: "65", 2021: "67,5", 2022: "70", 2023: "72,5", 2024: "75"},
    }
    fields.update(changes)
    return rb.Indicator.parse(**fields)  # type: ignore[arg-type]


def goal_table(
    *indicators: rb.Indicator,
    period: rb.Period | None = None,
    goal: str = "sasaran-1",
) -> rb.Objective:
    """Objective ``tujuan-1`` with one goal (*sasaran*) holding *indicators*.

    Args:
        indicators: The goal's indicators.
        period: The goal table's own years, if it states them.
        goal: The goal's id.
    """
    return rb.Objective(
        id="tujuan-1",
        number=1,
        text="Tata kelola pemerintahan yang bersih",
        period=period,
        goals=[rb.Goal(id=goal, text="Meningkatnya kualitas RB", indicators=indicators)],
    )
