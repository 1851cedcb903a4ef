"""Roll-ups (*rekapitulasi*): the attainment of a group of targets in one figure.

A roll-up gathers the targets of one action, area (*area perubahan*),
programme (*program*), activity (*kegiatan*) or sub-activity (*sub kegiatan*)
of the plan hierarchy, responsible unit (*penanggung jawab*), indicator
(*indikator*) and the goal (*sasaran*), theme (*tema RB Tematik*) or objective
(*tujuan*) it measures, year, or of the whole road map, and combines their
attainments by one of three methods (`RollUpMethod`):

* **mean** (*rata-rata*): Σ aᵢ / n. Every target weighs the same, as in most
  regional performance reports.
* **budget-weighted mean** (*rata-rata tertimbang anggaran*): Σ aᵢ·bᵢ / Σ bᵢ,
  with bᵢ the target's budget for a year: in the roll-up of a year, its money
  for that year (its annual budget, or that year's amount of a budget given per
  year); to date, its money for the latest year due so far. A target without a
  budget for the year (a total for the period gives none) weighs nothing; when
  no target of the group has one, the plain mean is used and the explanation
  says so.
* **worst child** (*capaian terendah*): min aᵢ, the strictest reading.

**Why a mean of percentages.** Pooling numerators and denominators
(Σ Rᵢ / Σ Tᵢ) is the right roll-up where the parts measure one thing in one
unit (see *Roll-ups* in the documentation's attainment formulas). The targets
of a road map do not: one counts OPD, one is a percentage of a document
finished, one an IRB score. Their attainments are already each a ratio of
like to like, and only those ratios can be combined.
Money does add up, so budget absorption *is* pooled: Σ spent / Σ budget over
the targets that reported their spending, never a mean of absorptions.

**Coverage.** Only targets that reported a value count in the figure. Every
roll-up says how many of its due targets reported (``reported`` of ``due``)
and lists those that did not (``missing``), so that a high figure over a few
reports is not mistaken for a high figure over all.

A shared target is counted once, at the row that holds it; a target with
several responsible units counts in the roll-up of each of them, so unit
roll-ups overlap and do not add up to the road map.

>>> from fractions import Fraction
>>> value, how = combine([Child("a", Fraction(75), 100), Child("b", Fraction(50), 300)],
...                      RollUpMethod.BUDGET_WEIGHTED)
>>> value, how.english
(Fraction(225, 4), 'budget-weighted mean: (75.00 × 100 + 50.00 × 300)/400 = 56.25%')
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from fractions import Fraction
from typing import final

import attrs

from rbroadmap.attainment import _lazy
from rbroadmap.attainment._numbers import pct, pct_number, round_half_up, total
from rbroadmap.attainment.bands import Band
from rbroadmap.attainment.forecast import Outlook
from rbroadmap.attainment.outlooks import OutlookCounts
from rbroadmap.messages import LabelledEnum, Lang, Message
from rbroadmap.notation import format_number

__all__ = ["Child", "Dimension", "RollUp", "RollUpMethod", "combine", "value_of"]


class RollUpMethod(LabelledEnum):
    """How a roll-up combines its targets' attainments (*metode rekapitulasi*)."""

    MEAN = "mean", "Rata-rata", "Mean"
    """Rata-rata: the plain mean, every target weighing the same (the default)."""
    BUDGET_WEIGHTED = "budget-weighted", "Rata-rata tertimbang anggaran", "Budget-weighted mean"
    """Rata-rata tertimbang anggaran: the mean weighted by each target's budget for a year."""
    WORST = "worst", "Capaian terendah", "Lowest attainment"
    """Capaian terendah: the lowest attainment among the targets."""


class Dimension(LabelledEnum):
    """What a roll-up gathers targets by (*dimensi rekapitulasi*)."""

    ACTION = "action", "Aksi", "Action"
    """Aksi: the target of one action (shared rows count at the row that holds it)."""
    AREA = "area", "Area perubahan", "Area of change"
    """Area perubahan: the targets of one area of change."""
    PROGRAMME = "programme", "Program", "Programme"
    """Program: the targets funded by one programme."""
    UNIT = "unit", "Penanggung jawab", "Responsible unit"
    """Penanggung jawab: the targets one unit is responsible for."""
    ACTIVITY = "activity", "Kegiatan", "Activity"
    """Kegiatan: the targets of the rows under one activity of the plan hierarchy."""
    SUB_ACTIVITY = "sub-activity", "Sub kegiatan", "Sub-activity"
    """Sub kegiatan: the targets of the rows (outputs) under one sub-activity."""
    INDICATOR = "indicator", "Indikator", "Indicator"
    """Indikator: the target of one indicator (*indikator kinerja*, *indikator dampak*)."""
    GOAL = "goal", "Sasaran", "Goal"
    """Sasaran: the indicators of one goal."""
    THEME = "theme", "Tema RB Tematik", "Theme of thematic reform"
    """Tema RB Tematik: the impact indicators of one theme, and those of its goals."""
    OBJECTIVE = "objective", "Tujuan", "Objective"
    """Tujuan: the indicators of the goals of one objective of a goal table."""
    YEAR = "year", "Tahun", "Year"
    """Tahun: every target due in one year."""
    ROADMAP = "roadmap", "Road map", "Road map"
    """Road map: every target, to date."""


@final
@attrs.frozen
class Child:
    """One target's part in a roll-up (*bagian*): its id, attainment and budget.

    Attributes:
        id: The target's id.
        exact: Its attainment in percent, or ``None`` if it has none.
        budget: Its budget for a year (see `RollUpMethod.BUDGET_WEIGHTED`), or ``None``.
    """

    id: str
    exact: Fraction | None
    budget: int | None = None


def _terms(children: Sequence[Child], lang: Lang) -> str:
    return " + ".join(pct_number(c.exact, lang) for c in children if c.exact is not None)


def value_of(children: Sequence[Child], method: RollUpMethod) -> Fraction | None:
    """Combine the attainments of *children* by *method*, without the working (see `combine`).

    >>> from fractions import Fraction
    >>> value_of([Child("a", Fraction(75), None), Child("b", Fraction(50), 0)],
    ...          RollUpMethod.BUDGET_WEIGHTED)
    Fraction(125, 2)
    """
    values = [c.exact for c in children if c.exact is not None]
    if not values:
        return None
    if method is RollUpMethod.WORST:
        return min(values)
    if method is RollUpMethod.BUDGET_WEIGHTED:
        weighted = [(c.exact, c.budget) for c in children if c.exact is not None and c.budget]
        if weighted:
            budget = sum(b for _, b in weighted)
            return total([v for v, _ in weighted], [b for _, b in weighted]) / budget
    return total(values) / len(values)


def combine(children: Sequence[Child], method: RollUpMethod) -> tuple[Fraction | None, Message]:
    """Combine the attainments of *children* by *method*, with the working.

    Children without an attainment are left out. Returns ``(None, reason)``
    when no child has one.

    >>> from fractions import Fraction
    >>> combine([Child("a", Fraction(75)), Child("b", Fraction(100)), Child("c", Fraction(50))],
    ...         RollUpMethod.MEAN)[1].english
    'mean of 3: (75.00 + 100.00 + 50.00)/3 = 75.00%'
    >>> combine([Child("a", Fraction(75)), Child("b", Fraction(50))], RollUpMethod.WORST)[0]
    Fraction(50, 1)
    """
    valued = [c for c in children if c.exact is not None]
    if not valued:
        return None, Message("tidak ada capaian untuk direkap", "no attainment to roll up")
    values = [c.exact for c in valued if c.exact is not None]
    if method is RollUpMethod.WORST:
        worst = min(values)
        shown = Message.each(lambda lang: "; ".join(pct_number(v, lang) for v in values))
        return worst, Message(
            f"capaian terendah dari {len(values)}: min({shown.indonesian}) = {pct(worst)}",
            f"worst of {len(values)}: min({shown.english}) = {pct(worst, 'en')}",
        )
    if method is RollUpMethod.BUDGET_WEIGHTED:
        weighted = [c for c in valued if c.budget]
        if weighted:
            budget = sum(c.budget or 0 for c in weighted)
            value = (
                total(
                    [c.exact for c in weighted if c.exact is not None],
                    [c.budget or 0 for c in weighted if c.exact is not None],
                )
                / budget
            )

            def written(lang: Lang) -> str:
                terms = " + ".join(
                    f"{pct_number(c.exact or Fraction(0), lang)} × "
                    f"{format_number(c.budget or 0, grouping=True, lang=lang)}"
                    for c in weighted
                )
                return (
                    f"({terms})/{format_number(budget, grouping=True, lang=lang)} = "
                    f"{pct(value, lang)}"
                )

            work = Message.each(written)
            unweighted = [c.id for c in valued if not c.budget]
            note_id = note_en = ""
            if unweighted:
                names = ", ".join(unweighted)
                note_id = f" (tanpa anggaran setahun, tidak berbobot: {names})"
                note_en = f" (without a budget for a year, weighing nothing: {names})"
            return value, Message(
                f"rata-rata tertimbang anggaran: {work.indonesian}{note_id}",
                f"budget-weighted mean: {work.english}{note_en}",
            )
        value = total(values) / len(values)
        work = Message.each(
            lambda lang: f"({_terms(valued, lang)})/{len(values)} = {pct(value, lang)}"
        )
        return value, Message(
            f"tidak ada anggaran untuk bobot: rata-rata biasa {work.indonesian}",
            f"no budget to weigh by: plain mean {work.english}",
        )
    value = total(values) / len(values)
    work = Message.each(lambda lang: f"({_terms(valued, lang)})/{len(values)} = {pct(value, lang)}")
    return value, Message(
        f"rata-rata {len(values)}: {work.indonesian}", f"mean of {len(values)}: {work.english}"
    )


@final
@attrs.frozen(kw_only=True)
class RollUp:
    """Roll-up (*rekapitulasi capaian*): the attainment of a group of targets.

    For one year (``year``), from the targets' attainments in that year; or to
    date (``year is None``), from each target's attainment to date, with a
    forecast for the road map's final year.

    Attributes:
        dimension: What the group is gathered by.
        key: The group's id: an area, action, programme, activity, sub-activity
            or unit id, a unit or
            programme name as written when the road map does not know it, the
            year (``"2020"``) or the road map's id; ``None`` for the targets
            with no programme or no unit.
        label: The group's name, as written.
        year: The year rolled up, or ``None`` for to date.
        method: The method of `exact`.
        exact: The attainment in percent by *method*, exactly, or ``None`` if
            no target reported.
        mean: The plain mean, exactly.
        budget_weighted: The budget-weighted mean, exactly.
        worst: The lowest attainment, exactly.
        band: The status band of `exact`.
        explanation: How `exact` was computed, with its inputs.
        children: The ids of the group's due targets.
        missing: The ids of due targets that reported nothing.
        undefined: The ids of targets that reported but whose attainment is
            undefined (T/R with R = 0, see `rbroadmap.attainment.formulas`).
        budget: The targets' budgets for a year (as they weigh) added up, or ``None``.
        spent: The rupiah spent that the targets reported, added up, or ``None``.
        absorption_exact: Σ spent / Σ budget × 100 over the targets that
            reported their spending and have a budget, or ``None``.
        forecast_exact: To date only: the projected attainment of the final
            targets, combined by *method*, or ``None``.
        outlook: To date only: whether the group is on track, decided by the
            report's outlook rule (see `rbroadmap.attainment.outlooks`).
        meeting: To date only: how many targets are projected to meet their
            final target.
        at_risk: To date only: the ids of targets projected to miss it.
        outlook_counts: To date only: the group's targets by outlook (on track,
            at risk, off track, cannot be forecast), so that a combined outlook
            never hides the targets projected to miss.
        outlook_explanation: To date only: how the outlook was decided, with
            the counts.
    """

    dimension: Dimension
    key: str | None
    label: str
    year: int | None
    method: RollUpMethod
    exact: Fraction | None
    mean: Fraction | None
    budget_weighted: Fraction | None
    worst: Fraction | None
    band: Band | None
    _explanation: _lazy.Explanation = attrs.field(
        alias="explanation", eq=_lazy.message, repr=_lazy.show
    )
    children: tuple[str, ...]
    missing: tuple[str, ...]
    undefined: tuple[str, ...]
    budget: int | None
    spent: int | None
    absorption_exact: Fraction | None
    forecast_exact: Fraction | None = None
    outlook: Outlook | None = None
    meeting: int = 0
    at_risk: tuple[str, ...] = ()
    outlook_counts: OutlookCounts | None = None
    _outlook_explanation: _lazy.Explanation | None = attrs.field(
        alias="outlook_explanation", default=None, eq=_lazy.optional, repr=_lazy.show_optional
    )

    @property
    def explanation(self) -> Message:
        """How `exact` was computed, with its inputs."""
        return _lazy.read(self, "_explanation")

    __repr__ = _lazy.lazy_repr

    @property
    def outlook_explanation(self) -> Message | None:
        """To date only: how the outlook was decided, with the counts."""
        return _lazy.read_optional(self, "_outlook_explanation")

    @property
    def percent(self) -> Decimal | None:
        """The attainment rounded half up to two decimals, or ``None``."""
        return None if self.exact is None else round_half_up(self.exact)

    @property
    def due(self) -> int:
        """How many of the group's targets were due."""
        return len(self.children)

    @property
    def reported(self) -> int:
        """How many due targets reported a value (``due - len(missing)``)."""
        return len(self.children) - len(self.missing)

    @property
    def coverage_exact(self) -> Fraction | None:
        """``reported / due × 100``, exactly, or ``None`` if nothing was due."""
        return None if not self.children else Fraction(self.reported * 100, self.due)

    @property
    def coverage(self) -> Decimal | None:
        """The coverage in percent, rounded half up to two decimals."""
        exact = self.coverage_exact
        return None if exact is None else round_half_up(exact)

    @property
    def absorption(self) -> Decimal | None:
        """The budget absorption in percent, rounded half up to two decimals."""
        return None if self.absorption_exact is None else round_half_up(self.absorption_exact)

    @property
    def forecast(self) -> Decimal | None:
        """The projected attainment, rounded half up to two decimals (to date only)."""
        return None if self.forecast_exact is None else round_half_up(self.forecast_exact)

    @property
    def headline(self) -> Message | None:
        """To date only: the outlook with its share, in words, as a headline shows it.

        ``outlook: on track (102.87%); 23 of 36 targets on track, 7 at risk, 6 off
        track``. ``None`` for a year's roll-up.
        """
        if self.outlook is None or self.outlook_counts is None:
            return None
        exact = self.forecast_exact
        figure = Message.each(lambda lang: "" if exact is None else f" ({pct(exact, lang)})")
        counts = self.outlook_counts.summary
        return Message(
            f"prospek: {self.outlook.label.indonesian.lower()}{figure.indonesian}; "
            f"{counts.indonesian}",
            f"outlook: {self.outlook.label.english.lower()}{figure.english}; {counts.english}",
        )
