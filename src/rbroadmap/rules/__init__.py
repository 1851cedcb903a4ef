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

The package is laid out as ruff lays out its linter:

* `rbroadmap.rules.kernel`: what a rule is (`Rule`, `rule`, `Violation`,
  `Check`, `Ruleset`, `Severity`) and what its check reads (`Context`, `Row`,
  `TextRef`, `Options`); every family imports it and nothing else of the
  package;
* `rbroadmap.rules.families`: the built-in rules, one module per family, and
  `FAMILIES`, the one table of them (RB0xx waivers, RB1xx structure, ...);
* `rbroadmap.rules.selection`, `rbroadmap.rules.waivers`,
  `rbroadmap.rules.report` and `rbroadmap.rules.validation`: choosing rules,
  judging waivers, the report and its findings, and `validate`, which runs them;
* `rbroadmap.rules.catalogue` and `rbroadmap.rules.reference`: every built-in
  rule as one `Ruleset`, and the rule reference written from it.
"""

from rbroadmap.rules.catalogue import CATALOGUE
from rbroadmap.rules.families import FAMILIES, Family
from rbroadmap.rules.kernel import (
    Check,
    Context,
    Options,
    Row,
    Rule,
    Ruleset,
    Severity,
    TextRef,
    Violation,
    rule,
)
from rbroadmap.rules.reference import reference_markdown
from rbroadmap.rules.report import Finding, Report, fingerprint, plain_value
from rbroadmap.rules.validation import validate

__all__ = [
    "CATALOGUE",
    "FAMILIES",
    "Check",
    "Context",
    "Family",
    "Finding",
    "Options",
    "Report",
    "Row",
    "Rule",
    "Ruleset",
    "Severity",
    "TextRef",
    "Violation",
    "fingerprint",
    "plain_value",
    "reference_markdown",
    "rule",
    "validate",
]
