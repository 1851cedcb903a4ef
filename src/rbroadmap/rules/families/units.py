"""Responsible-unit rules (*aturan penanggung jawab*), RB4xx.

Each row names its responsible units (column 12) as the authors wrote them;
the road map's `rbroadmap.UnitRegistry` says which units exist and by which
names. These rules report names the registry does not know (with the closest
known name), cells that name several units, one unit written several ways,
and responsibility given to a whole group of units.

Suggestions come from a trigram index of the registry's names
(`rbroadmap._text.Suggester`): each unknown name scores a bounded number of
candidates, and names longer than 128 letters are neither suggested nor given a
suggestion, so the cost stays linear in the number of rows and the length of
the cells however large the registry and its names grow. A suggestion names
the unit or group by its registered name, also when the closest name is an
alias.
"""

from __future__ import annotations

import functools
from collections import Counter, defaultdict
from collections.abc import Iterator
from typing import Final, final

from rbroadmap._keys import Keys
from rbroadmap._text import Suggester, clip, split_names
from rbroadmap.messages import Message
from rbroadmap.rules.kernel import Context, Row, Severity, Violation, rule
from rbroadmap.units import UnitGroup, UnitRef

__all__ = ["RULES", "UnitIndex"]

_LONGEST_NAME: Final = 8


@final
class UnitIndex:
    """Unit index (*indeks unit*): resolves, splits and suggests unit names.

    Built once per validation and shared by the unit rules (in `Context.memo`).
    """

    def __init__(self, ctx: Context) -> None:
        self._keys = ctx.memo("keys", lambda: Keys(ctx.roadmap))
        self._registry = ctx.roadmap.units
        self._resolved: dict[str, UnitRef | None] = {}  # the unit rules ask for the same names

    @functools.cached_property
    def suggester(self) -> Suggester:
        """The suggester of registered names, built when a name first needs a suggestion."""
        return Suggester((name, ref.name) for ref in self._registry for name in ref.names)

    def resolve(self, name: str) -> UnitRef | None:
        """The unit or group *name* means, or ``None``."""
        try:
            return self._resolved[name]
        except KeyError:
            found = self._resolved[name] = self._keys.known(name)
            return found

    def split(self, name: str) -> tuple[str, ...] | None:
        """Split a name the registry does not know into two or more names it does.

        Parts are separated by commas, slashes, ``dan`` or spaces; runs of words are
        matched longest first (``Bag. Organisasi Setda Unit Pelayanan`` is two
        units). Returns ``None`` unless every part is known.
        """
        parts: list[str] = []
        for chunk in split_names(name):
            if self.resolve(chunk) is not None:
                parts.append(chunk)
                continue
            words = chunk.split()
            start = 0
            while start < len(words):
                for end in range(min(len(words), start + _LONGEST_NAME), start, -1):
                    candidate = " ".join(words[start:end])
                    if self.resolve(candidate) is not None:
                        parts.append(candidate)
                        start = end
                        break
                else:
                    return None
        return tuple(parts) if len(parts) > 1 else None


def _index(ctx: Context) -> UnitIndex:
    return ctx.memo("units", lambda: UnitIndex(ctx))


def _cells(ctx: Context) -> Iterator[tuple[Row, int, str]]:
    """Each unit name written in a row that holds its own units cell."""
    for row in ctx.rows:
        if row.owns("units"):
            for i, name in enumerate(row.action.units):
                yield row, i, name


@rule(
    code="RB401",
    name="unknown-unit",
    severity=Severity.ERROR,
    summary=Message(
        "Penanggung jawab tidak dikenal dalam daftar unit",
        "A responsible unit is not in the unit registry",
    ),
    what=(
        "That every responsible unit a row names is a unit or group of the road map's "
        "registry, by name, alias or id (case and runs of spaces aside). The suggestion is "
        "the registered name of the closest known unit or group (found by its name or an "
        "alias). Only a bounded number of names is compared with each unknown name, and "
        "names longer than 128 letters and digits get no suggestion, so that the rule takes "
        "time linear in the rows whatever the registry. A name made of several known names "
        "is RB402."
    ),
    why=(
        "Units are how actions are assigned, monitored and reported (e-Monev, e-SAKIP). A "
        "misspelt unit (*DPMPPTSP* for *DPMPTSP*) is a unit no one will find its actions "
        "under."
    ),
    example='`units=["DPMPPTSP"]` when the registry knows `DPMPTSP`.',
)
def unknown_unit(ctx: Context) -> Iterator[Violation]:
    """Report unit names the registry does not know."""
    index = _index(ctx)
    for row, i, name in _cells(ctx):
        if index.resolve(name) is not None or index.split(name) is not None:
            continue
        yield Violation(
            entity_id=row.id,
            field=f"units[{i}]",
            value=name,
            message=Message(
                f"penanggung jawab {clip(name)} pada baris {row.id!r} tidak dikenal",
                f"the responsible unit {clip(name)} of row {row.id!r} is not known",
            ),
            suggestion=index.suggester.closest(name),
        )


@rule(
    code="RB402",
    name="several-units",
    severity=Severity.WARNING,
    summary=Message(
        "Satu baris menunjuk beberapa penanggung jawab",
        "One row names several responsible units",
    ),
    what=(
        "That each row names one responsible unit. Reported when the units cell lists two "
        "or more units, or when one name in it is made of several known names "
        "(*BAPPEDA BPPKAD Diskominfo*), in which case the suggestion splits it."
    ),
    why=(
        "When several units answer for one action, none of them does: monitoring cannot say "
        "who reports the realisation, and attainment cannot be attributed. Name a lead unit "
        "and list the others as supporting, or split the action; where shared responsibility "
        "is meant, waive the finding with the reason."
    ),
    example='`units=["Diskominfo", "BKPSDM"]`, or `units=["BAPPEDA BPPKAD Diskominfo"]`.',
)
def several_units(ctx: Context) -> Iterator[Violation]:
    """Report rows that name more than one unit."""
    index = _index(ctx)
    for row in ctx.rows:
        if not row.owns("units"):
            continue
        named: list[str] = []
        joined = False
        for name in row.action.units:
            parts = None if index.resolve(name) is not None else index.split(name)
            if parts is None:
                named.append(name)
            else:
                named.extend(parts)
                joined = True
        if len(named) < 2:
            continue
        shown = ", ".join(named)
        yield Violation(
            entity_id=row.id,
            field="units",
            value=" | ".join(row.action.units),
            message=Message(
                f"baris {row.id!r} menunjuk {len(named)} penanggung jawab ({shown}); "
                "tetapkan satu unit utama",
                f"row {row.id!r} names {len(named)} responsible units ({shown}); name one "
                "lead unit",
            ),
            suggestion="; ".join(named) if joined else None,
        )


@rule(
    code="RB403",
    name="unit-written-several-ways",
    severity=Severity.INFO,
    summary=Message("Satu unit ditulis dengan beberapa cara", "One unit is written several ways"),
    what=(
        "That each registered unit is written the same way in every row. Rows that write "
        "a unit differently from the way most rows do (or, at a tie, from its registered "
        "name) are reported, aliases included."
    ),
    why=(
        "*Bag. Pemerintahan* in one row and *Bag. Pemerintahan Setda* in another read as two "
        "units to anyone searching or grouping the plan by text; one spelling per unit keeps "
        "exports and dashboards consistent."
    ),
    example='`units=["Bag. Pemerintahan"]` in one row and `units=["Bag. Pemerintahan Setda"]` '
    "in others.",
)
def unit_written_several_ways(ctx: Context) -> Iterator[Violation]:
    """Report unit names written differently from the usual way."""
    index = _index(ctx)
    uses: dict[str, list[tuple[Row, int, str]]] = defaultdict(list)
    refs: dict[str, UnitRef] = {}
    for row, i, name in _cells(ctx):
        ref = index.resolve(name)
        if ref is not None:
            uses[ref.id].append((row, i, name.strip()))
            refs[ref.id] = ref
    for ref_id, found in uses.items():
        forms = Counter(name for _, _, name in found)
        if len(forms) < 2:
            continue
        ref = refs[ref_id]
        top = max(forms.values())
        usual = (
            ref.name
            if forms.get(ref.name) == top
            else next(name for _, _, name in found if forms[name] == top)
        )
        for row, i, name in found:
            if name != usual:
                yield Violation(
                    entity_id=row.id,
                    field=f"units[{i}]",
                    value=name,
                    message=Message(
                        f"penanggung jawab {clip(name)} pada baris {row.id!r} ditulis "
                        f"{clip(usual)} di baris lain",
                        f"the responsible unit {clip(name)} of row {row.id!r} is written "
                        f"{clip(usual)} elsewhere",
                    ),
                    suggestion=usual,
                )


@rule(
    code="RB404",
    name="group-as-unit",
    severity=Severity.INFO,
    summary=Message(
        "Tanggung jawab diberikan kepada sekelompok unit",
        "Responsibility is given to a whole group of units",
    ),
    what=(
        "That a row names units rather than a group of units (`UnitGroup`, such as *seluruh OPD*)."
    ),
    why=(
        "A group answers for its members at once, so no one unit coordinates, collects the "
        "realisation or reports. Name the unit that leads, and let the group carry out."
    ),
    example='`units=["di seluruh OPD"]`.',
)
def group_as_unit(ctx: Context) -> Iterator[Violation]:
    """Report rows whose only responsible units are groups."""
    index = _index(ctx)
    for row in ctx.rows:
        if not row.owns("units"):
            continue
        refs = [index.resolve(name) for name in row.action.units]
        if not refs or not all(isinstance(ref, UnitGroup) for ref in refs):
            continue
        for i, (name, ref) in enumerate(zip(row.action.units, refs, strict=True)):
            assert isinstance(ref, UnitGroup)
            size = f" ({ref.size} {ref.unit or 'unit'})" if ref.size is not None else ""
            yield Violation(
                entity_id=row.id,
                field=f"units[{i}]",
                value=name,
                message=Message(
                    f"baris {row.id!r} menyerahkan tanggung jawab kepada kelompok "
                    f"{clip(ref.name)}{size}; tidak ada unit yang memimpin",
                    f"row {row.id!r} gives responsibility to the group {clip(ref.name)}"
                    f"{size}; no unit leads",
                ),
            )


RULES: Final = (unknown_unit, several_units, unit_written_several_ways, group_as_unit)
