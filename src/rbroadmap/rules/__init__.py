"""Consistency rules (*aturan konsistensi*): a linter for road maps.

`validate` runs the rules of the built-in `CATALOGUE` (or rules of your own)
over a road map and returns a `Report` of `Finding` objects, each with a code,
a severity, the entity at fault, a path, the offending value, a message in
Indonesian and English, a suggestion where one can be computed, and a stable
fingerprint. Waivers kept in the road map accept findings on purpose.

>>> import rbroadmap as rb
>>> roadmap = rb.RoadMap(id="kota-x", government="Kota X", period=rb.Period(2018, 2022),
...                      area_set="permenpanrb-11-2015")
>>> report = rb.validate(roadmap, select=["RB102"])
>>> len(report), report.counts[rb.Severity.ERROR]
(8, 8)

The families of built-in rules: RB0xx waivers, RB1xx structure, RB2xx targets,
RB3xx budgets and programmes, RB4xx responsible units, RB5xx texts, RB6xx
claims against regulation scales, RB7xx organisation and stages.
"""

from rbroadmap.rules.catalogue import CATALOGUE, default_rules
from rbroadmap.rules.context import Context, Options, Row, TextRef
from rbroadmap.rules.engine import (
    Check,
    Finding,
    Report,
    Rule,
    Ruleset,
    Severity,
    Violation,
    rule,
    validate,
)
from rbroadmap.rules.reference import reference_markdown

__all__ = [
    "CATALOGUE",
    "Check",
    "Context",
    "Finding",
    "Options",
    "Report",
    "Row",
    "Rule",
    "Ruleset",
    "Severity",
    "TextRef",
    "Violation",
    "default_rules",
    "reference_markdown",
    "rule",
    "validate",
]
