"""The families of built-in rules (*rumpun aturan*), one table of them.

A family is a module of rules about one part of a road map, all with codes
under one prefix, as ruff groups its rules by linter. `FAMILIES` lists them in
code order, each with its prefix, its title in Indonesian and English, its
module and its rules (the module's ``RULES``); the catalogue, the rule
reference and the documentation are all written from this table, so a new
family is one new row, and a new rule one new entry in its module's ``RULES``.

>>> " ".join(family.prefix for family in FAMILIES)
'RB0 RB1 RB2 RB3 RB4 RB5 RB6 RB7'
>>> family_of("RB401").title.english
'Responsible units'
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Final, final

import attrs

from rbroadmap import _checks
from rbroadmap.messages import Message
from rbroadmap.rules import waivers
from rbroadmap.rules.families import (
    budgets,
    claims,
    organisation,
    structure,
    targets,
    texts,
    units,
)
from rbroadmap.rules.kernel import Rule

__all__ = ["FAMILIES", "Family", "family_of"]


def _rules(value: Iterable[Rule]) -> tuple[Rule, ...]:
    return tuple(value)


@final
@attrs.frozen(kw_only=True)
class Family:
    """Family of rules (*rumpun aturan*): the rules of one module, under one code prefix.

    Attributes:
        prefix: The prefix every code of the family starts with (``"RB4"``).
        title: What the family checks, in Indonesian and English.
        module: The name of the module that defines the rules.
        rules: The family's rules, in code order.

    Raises:
        ModelError: If a rule's code does not start with the family's prefix.
    """

    prefix: str
    title: Message
    module: str
    rules: tuple[Rule, ...] = attrs.field(converter=_rules)

    @rules.validator
    def _check_rules(self, attribute: attrs.Attribute[Any], rules: tuple[Rule, ...]) -> None:
        for i, item in enumerate(rules):
            if not item.code.startswith(self.prefix):
                raise _checks.fail(
                    self,
                    f"{attribute.name}[{i}]",
                    item.code,
                    f"aturan ini bukan dari keluarga {self.prefix}xx",
                    f"this rule is not of the family {self.prefix}xx",
                )


def _family(prefix: str, indonesian: str, english: str, module: Any) -> Family:
    return Family(
        prefix=prefix,
        title=Message(indonesian, english),
        module=module.__name__,
        rules=module.RULES,
    )


FAMILIES: Final = (
    _family("RB0", "Pengecualian", "Waivers", waivers),
    _family("RB1", "Struktur", "Structure", structure),
    _family("RB2", "Target", "Targets", targets),
    _family("RB3", "Anggaran dan program", "Budgets and programmes", budgets),
    _family("RB4", "Penanggung jawab", "Responsible units", units),
    _family("RB5", "Teks", "Texts", texts),
    _family("RB6", "Klaim terhadap skala regulasi", "Claims against regulation scales", claims),
    _family("RB7", "Pengorganisasian dan tahapan", "Organisation and stages", organisation),
)
"""Every family of built-in rules, in code order."""


def family_of(code: str) -> Family | None:
    """Return the built-in family whose prefix *code* starts with, or ``None``.

    >>> family_of("RB301").prefix, family_of("KOTA001") is None
    ('RB3', True)
    """
    for family in FAMILIES:
        if code.startswith(family.prefix):
            return family
    return None
