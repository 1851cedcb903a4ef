"""Attainment roll-ups by hand with pandas: what benchmarks/run.py compares ``rb.attain`` with.

Benchmark-only (needs the ``benchmark`` extra). An analyst with the road maps in
tidy tables computes the same figures as ``rb.attain`` with a few merges and
groupbys:

* per target and year: the attainment, R/T × 100 (higher is better),
  (2T − R)/T × 100 floored at 0 (lower is better), 100 or 0 for a qualitative
  target achieved or not; years without a target (``-``) and years not yet due
  left out, unreported years left empty;
* per target to date: a cumulative target judged on its latest realised value
  against the target of its last due year, any other the mean of its judged
  years;
* roll-ups by year, by road map (to date), and by area, programme and
  responsible unit (each year and to date): the mean, the budget-weighted mean
  (the plain mean when no target of the group has a budget) and the worst
  target, over the targets that reported.

`frames` prepares the tables (not timed): one row per target with the keys
rbroadmap resolves (the row that holds a shared target, the programme's id, the
units' ids, whether the schedule is cumulative), one per target cell, one per
responsible unit and one per realised value, magnitudes as floats. `attain`
computes the figures (timed). What pandas does not compute here and
``rb.attain`` does: explanations in two languages, bands, coverage lists,
budget absorption, forecasts and pro-rating within a running year (the
benchmark judges at 31 January, when no quarter of the year has elapsed).
"""

from __future__ import annotations

from typing import Any

import pandas as pd

import rbroadmap as rb


def _magnitude(value: object) -> float | None:
    if isinstance(value, rb.Percentage | rb.Count | rb.IndexScore | rb.Level):
        return float(value.magnitude)
    return None


Entry = tuple[rb.RoadMap, rb.Realizations, rb.AttainmentReport]


def frames(entries: list[Entry]) -> dict[str, pd.DataFrame]:
    """The tidy tables of a portfolio: targets, cells, units and realised values."""
    targets: list[dict[str, Any]] = []
    cells: list[dict[str, Any]] = []
    units: list[dict[str, Any]] = []
    realised: list[dict[str, Any]] = []
    for roadmap, realizations, report in entries:
        for target in report.targets:
            key = (roadmap.id, target.target_id)
            targets.append(
                {
                    "roadmap": key[0],
                    "target": key[1],
                    "area": target.area_id,
                    "programme": target.programme,
                    "budget": float(target.budget) if target.budget else float("nan"),
                    "cumulative": target.cumulative,
                    "lower": target.direction is rb.Direction.LOWER,
                }
            )
            for unit in target.units or (None,):
                units.append({"roadmap": key[0], "target": key[1], "unit": unit})
            action = roadmap.action(target.target_id)
            assert action.targets is not None
            for year, cell in action.targets.items():
                if isinstance(cell, rb.NoTarget):
                    continue
                cells.append(
                    {
                        "roadmap": key[0],
                        "target": key[1],
                        "year": year,
                        "t": _magnitude(cell),
                        "qualitative": isinstance(cell, rb.Qualitative),
                        "text": cell.text if isinstance(cell, rb.Qualitative) else None,
                    }
                )
        for realization in realizations:
            value = realization.value
            achieved = None
            if isinstance(value, rb.Verdict):
                achieved = value is rb.Verdict.ACHIEVED
            elif isinstance(value, rb.Qualitative):
                achieved = value.text
            realised.append(
                {
                    "roadmap": roadmap.id,
                    "target": realization.target_id,
                    "year": realization.year,
                    "r": _magnitude(value),
                    "achieved": achieved,
                }
            )
    return {
        "targets": pd.DataFrame(targets),
        "cells": pd.DataFrame(cells),
        "units": pd.DataFrame(units),
        "realised": pd.DataFrame(realised),
    }


def _rollup(data: pd.DataFrame, keys: list[str], value: str) -> pd.DataFrame:
    """Mean, budget-weighted mean and worst of *value* by *keys*, over the values present."""
    judged = data[data[value].notna()]
    weighted = judged.assign(
        _ab=judged[value] * judged["budget"].fillna(0),
        _b=judged["budget"].fillna(0),
    )
    out = weighted.groupby(keys, sort=False, dropna=False).agg(
        mean=(value, "mean"), worst=(value, "min"), _ab=("_ab", "sum"), _b=("_b", "sum")
    )
    out["budget_weighted"] = (out["_ab"] / out["_b"]).where(out["_b"] > 0, out["mean"])
    return out.drop(columns=["_ab", "_b"])


def attain(tables: dict[str, pd.DataFrame], *, as_of_year: int) -> dict[str, pd.DataFrame]:
    """Every figure: rows, targets to date, roll-ups by year, road map, area, programme, unit."""
    targets, cells, units = tables["targets"], tables["cells"], tables["units"]
    due = cells[cells["year"] < as_of_year]
    rows = due.merge(tables["realised"], on=["roadmap", "target", "year"], how="left").merge(
        targets, on=["roadmap", "target"], how="left"
    )
    ratio = rows["r"] / rows["t"]
    numeric = (ratio * 100).where(~rows["lower"], ((2 - ratio) * 100).clip(lower=0))
    achieved = rows["achieved"]
    qualitative = ((achieved.eq(True) | achieved.eq(rows["text"])).astype(float) * 100).where(
        achieved.notna()
    )
    rows["a"] = numeric.where(~rows["qualitative"], qualitative)

    # to date: cumulative targets on the latest value, the others by the mean of their years
    by_target = rows.groupby(["roadmap", "target"], sort=False)
    mean = by_target["a"].mean()
    last_due = rows.loc[by_target["year"].idxmax(), ["roadmap", "target", "t", "lower"]]
    reported = rows[rows["r"].notna() | rows["achieved"].notna()]
    latest = reported.loc[
        reported.groupby(["roadmap", "target"], sort=False)["year"].idxmax(),
        ["roadmap", "target", "r"],
    ]
    latest = last_due.merge(latest, on=["roadmap", "target"], how="left")
    latest_ratio = latest["r"] / latest["t"]
    latest["latest"] = (latest_ratio * 100).where(
        ~latest["lower"], ((2 - latest_ratio) * 100).clip(lower=0)
    )
    to_date = targets.merge(
        mean.rename("mean_a").reset_index(), on=["roadmap", "target"], how="inner"
    ).merge(latest[["roadmap", "target", "latest"]], on=["roadmap", "target"], how="left")
    to_date["a"] = to_date["latest"].where(to_date["cumulative"], to_date["mean_a"])

    rows_units = rows.merge(units, on=["roadmap", "target"])
    to_date_units = to_date.merge(units, on=["roadmap", "target"])
    return {
        "rows": rows,
        "targets": to_date,
        "year": _rollup(rows, ["roadmap", "year"], "a"),
        "roadmap": _rollup(to_date, ["roadmap"], "a"),
        "area": _rollup(to_date, ["roadmap", "area"], "a"),
        "area-year": _rollup(rows, ["roadmap", "area", "year"], "a"),
        "programme": _rollup(to_date, ["roadmap", "programme"], "a"),
        "programme-year": _rollup(rows, ["roadmap", "programme", "year"], "a"),
        "unit": _rollup(to_date_units, ["roadmap", "unit"], "a"),
        "unit-year": _rollup(rows_units, ["roadmap", "unit", "year"], "a"),
    }


def check_same_figures(
    entries: list[Entry],
    figures: dict[str, pd.DataFrame],
) -> int:
    """Assert that pandas and rbroadmap computed the same figures; return how many were compared."""
    compared = 0

    def same(a: object, b: float, what: str) -> None:
        nonlocal compared
        compared += 1
        if a is None:
            assert pd.isna(b), f"{what}: rbroadmap has none, pandas {b}"
            return
        assert abs(float(a) - b) < 1e-6, f"{what}: rbroadmap {float(a)}, pandas {b}"  # type: ignore[arg-type]

    rows = figures["rows"].set_index(["roadmap", "target", "year"])["a"]
    targets = figures["targets"].set_index(["roadmap", "target"])["a"]
    tables = {
        (rb.Dimension.YEAR, False): figures["year"],
        (rb.Dimension.ROADMAP, True): figures["roadmap"],
        (rb.Dimension.AREA, True): figures["area"],
        (rb.Dimension.AREA, False): figures["area-year"],
        (rb.Dimension.PROGRAMME, True): figures["programme"],
        (rb.Dimension.PROGRAMME, False): figures["programme-year"],
        (rb.Dimension.UNIT, True): figures["unit"],
        (rb.Dimension.UNIT, False): figures["unit-year"],
    }
    for roadmap, _, report in entries:
        for row in report.rows:
            if row.status.due:
                same(row.exact, rows[(roadmap.id, row.target_id, row.year)], f"row {row.target_id}")
        for target in report.targets:
            if target.status.due:
                same(target.exact, targets[(roadmap.id, target.target_id)], target.target_id)
        for rollup in report.rollups:
            table = tables.get((rollup.dimension, rollup.year is None))
            if table is None or rollup.exact is None or rollup.key is None:
                continue
            key: tuple[object, ...] = (roadmap.id,)
            if rollup.dimension not in (rb.Dimension.YEAR, rb.Dimension.ROADMAP):
                key += (rollup.key,)
            if rollup.year is not None:
                key += (rollup.year,)
            found = table.loc[key if len(key) > 1 else key[0]]
            what = f"{rollup.dimension.value} {rollup.key} {rollup.year}"
            same(rollup.mean, found["mean"], what)
            same(rollup.worst, found["worst"], what)
            same(rollup.budget_weighted, found["budget_weighted"], what)
    return compared
