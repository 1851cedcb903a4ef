"""The built-in catalogue (*katalog aturan*): every rule rbroadmap ships, as one `Ruleset`.

The catalogue is immutable and there is no global registry: to run rules of
your own, pass them to `rbroadmap.validate` (``extra_rules=[...]``) or build a
`Ruleset` of your own (``CATALOGUE + [my_rule]``).
"""

from __future__ import annotations

from typing import Final

from rbroadmap.rules import budgets, claims, organisation, structure, targets, texts, units
from rbroadmap.rules.engine import (
    EXPIRED_WAIVER,
    UNJUDGED_WAIVER,
    UNUSED_WAIVER,
    Ruleset,
)

__all__ = ["CATALOGUE", "default_rules"]

CATALOGUE: Final = Ruleset(
    (
        EXPIRED_WAIVER,
        UNUSED_WAIVER,
        UNJUDGED_WAIVER,
        *structure.RULES,
        *targets.RULES,
        *budgets.RULES,
        *units.RULES,
        *texts.RULES,
        *claims.RULES,
        *organisation.RULES,
    )
)
"""Every built-in rule, by code: RB0xx waivers, RB1xx structure, RB2xx targets, RB3xx
budgets and programmes, RB4xx units, RB5xx texts, RB6xx claims, RB7xx organisation."""


def default_rules() -> Ruleset:
    """Return the built-in catalogue (*katalog bawaan*), the rules `validate` runs by default.

    >>> default_rules()["RB401"].name
    'unknown-unit'
    """
    return CATALOGUE
