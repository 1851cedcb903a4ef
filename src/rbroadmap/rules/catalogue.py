"""The built-in catalogue (*katalog aturan*): every rule rbroadmap ships, as one `Ruleset`.

The catalogue is the rules of every family of `rbroadmap.rules.families.FAMILIES`.
It is immutable and there is no global registry: to run rules of your own, pass
them to `rbroadmap.validate` (``extra_rules=[...]``) or build a `Ruleset` of
your own (``CATALOGUE + [my_rule]``).
"""

from __future__ import annotations

from typing import Final

from rbroadmap.rules.families import FAMILIES
from rbroadmap.rules.kernel import Ruleset

__all__ = ["CATALOGUE"]

CATALOGUE: Final = Ruleset(item for family in FAMILIES for item in family.rules)
"""Every built-in rule, by code: the rules of every family of `FAMILIES`."""
