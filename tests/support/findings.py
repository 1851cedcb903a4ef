"""The findings of the built-in rules on fixed road maps, pinned in a golden file.

`observed()` validates the Kota Probolinggo and Kabupaten Klaten samples and every
20th road map of the synthetic national portfolio (`rb.samples.synthetic_portfolio`)
and writes every finding as one compact row: code, severity, entity, path, value,
message in Indonesian and in English, suggestion. ``tests/golden/findings.json``
holds what the library gave when it was written; `tests/test_findings_golden.py`
compares, so that a change to how the rules run (an index, a fused walk, a faster
text comparison) cannot change a finding unnoticed.

Rewrite the file when a finding changes on purpose, and read the diff::

    python -m pytest tests/test_findings_golden.py --update-golden
    git diff tests/golden/findings.json
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import rbroadmap as rb

GOLDEN = Path(__file__).parents[1] / "golden" / "findings.json"
PORTFOLIO_STEP = 20
"""Every 20th road map of the portfolio is pinned (32 of 630)."""


def rows(report: rb.Report) -> list[list[Any]]:
    """Every finding of *report* as one row of plain data, in the report's order."""
    return [
        [
            f.code,
            f.severity.value,
            f.entity_id,
            f.path,
            f.value,
            f.detail.indonesian,
            f.detail.english,
            f.suggestion,
        ]
        for f in report.findings
    ]


RB502_CHANGED = (27, 198, 262, 298)
"""Road maps of the portfolio on which RB502's exact search of near-duplicates found a
pair MinHash signatures missed (198, 298), or named the first of equally similar earlier
texts where it named another (27, 262)."""

PORTFOLIO = sorted({*range(0, rb.samples.NATIONAL_BODIES, PORTFOLIO_STEP), *RB502_CHANGED})
"""The road maps of the portfolio pinned: every 20th, and those of `RB502_CHANGED`."""

NAMES = ("probolinggo", "klaten", *(f"portfolio-{n}" for n in PORTFOLIO))
"""The names of the pinned road maps: the two samples and a slice of the portfolio."""


def roadmaps() -> dict[str, rb.RoadMap]:
    """The pinned road maps by name (`NAMES`)."""
    found = {"probolinggo": rb.samples.probolinggo(), "klaten": rb.samples.klaten()}
    for n in PORTFOLIO:
        document = rb.samples.synthetic_roadmap(n)["roadmap"]
        found[f"portfolio-{n}"] = rb.from_dict(document, rb.RoadMap)
    assert tuple(found) == NAMES
    return found


def observed() -> dict[str, list[list[Any]]]:
    """The findings the library gives now on every pinned road map."""
    return {name: rows(rb.validate(roadmap)) for name, roadmap in roadmaps().items()}


def write(findings: dict[str, list[list[Any]]]) -> None:
    """Write *findings* as the golden file: one finding a line, so that diffs read well."""
    lines = ["{"]
    for i, (name, found) in enumerate(findings.items()):
        lines.append(f"  {json.dumps(name)}: [")
        lines.extend(
            f"    {json.dumps(row, ensure_ascii=False)}{',' if j < len(found) - 1 else ''}"
            for j, row in enumerate(found)
        )
        lines.append("  ]" + ("," if i < len(findings) - 1 else ""))
    lines.append("}")
    GOLDEN.write_text("\n".join(lines) + "\n", encoding="utf-8")


def read() -> dict[str, list[list[Any]]]:
    """The findings pinned in the golden file."""
    data: dict[str, list[list[Any]]] = json.loads(GOLDEN.read_text(encoding="utf-8"))
    return data
