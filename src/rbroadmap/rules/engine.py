"""The rules engine, as imported before the rules package was split (kept for imports).

Everything here is defined elsewhere and re-exported under its old path, so that
``from rbroadmap.rules.engine import validate`` keeps working: the rule kernel
(`rbroadmap.rules.kernel`), the report (`rbroadmap.rules.report`), the waiver
rules (`rbroadmap.rules.waivers`) and `validate` (`rbroadmap.rules.validation`).
New code imports from `rbroadmap.rules`.
"""

from __future__ import annotations

from rbroadmap.rules.kernel import Check, Rule, Ruleset, Severity, Violation, rule
from rbroadmap.rules.report import Finding, Report, fingerprint, plain_value
from rbroadmap.rules.validation import validate
from rbroadmap.rules.waivers import EXPIRED_WAIVER, UNJUDGED_WAIVER, UNUSED_WAIVER

__all__ = [
    "EXPIRED_WAIVER",
    "UNJUDGED_WAIVER",
    "UNUSED_WAIVER",
    "Check",
    "Finding",
    "Report",
    "Rule",
    "Ruleset",
    "Severity",
    "Violation",
    "fingerprint",
    "plain_value",
    "rule",
    "validate",
]
