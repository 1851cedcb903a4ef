"""Action (*aksi*): one row of the action plan, and the row with its merged cells filled in."""

from __future__ import annotations

from typing import Any, final

import attrs

from rbroadmap import _checks
from rbroadmap.messages import LabelledEnum
from rbroadmap.model.parts import Problem, Result, to_problems, to_strings
from rbroadmap.model.yearly import Target, YearlyBudget
from rbroadmap.notation import MAX_RUPIAH

__all__ = ["Action", "BudgetForm", "ResolvedAction"]


class BudgetForm(LabelledEnum):
    """How a budget is written (*bentuk anggaran*): a year's amount, each year's, or a total."""

    ANNUAL = "annual", "Per tahun", "Annual"
    """Anggaran per tahun: one amount that holds for every year the row is due
    (`Action.budget`, column 11 of the seed)."""
    PER_YEAR = "per-year", "Tiap tahun", "Per year"
    """Anggaran tiap tahun: a different amount for each year (`Action.budget_per_year`)."""
    PERIOD_TOTAL = "period-total", "Total periode", "Period total"
    """Total anggaran: one amount for the whole period, not given per year
    (`Action.budget_total`); never multiplied, never spread over the years."""


_BUDGET_FIELDS: dict[str, BudgetForm] = {
    "budget": BudgetForm.ANNUAL,
    "budget_per_year": BudgetForm.PER_YEAR,
    "budget_total": BudgetForm.PERIOD_TOTAL,
}


def _check_one_budget(instance: Action) -> None:
    held = [name for name in _BUDGET_FIELDS if getattr(instance, name) is not None]
    if len(held) > 1:
        raise _checks.fail(
            instance,
            held[1],
            getattr(instance, held[1]),
            f"satu baris memuat satu bentuk anggaran, tetapi juga memuat {held[0]!r}; tulis "
            "anggaran per tahun, tiap tahun atau total periode",
            f"a row holds one form of budget, but it also holds {held[0]!r}; write the annual "
            "budget, the budget per year or the period total",
        )


def _check_budget(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is None:
        return
    if type(value) is not int:
        raise _checks.wrong_type(
            instance, attribute.name, value, "rupiah utuh (int) / whole rupiah (int)"
        )
    if value < 0 or value > MAX_RUPIAH:
        raise _checks.fail(
            instance,
            attribute.name,
            value,
            f"anggaran harus antara 0 dan {MAX_RUPIAH} rupiah",
            f"a budget must be between 0 and {MAX_RUPIAH} rupiah",
        )


@final
@attrs.frozen(kw_only=True)
class Action:
    """Action (*aksi*): one row of the action plan (*rencana aksi*, Table 3.2).

    A row holds the problems it addresses (column 1), the action (2), its
    result (3), the expected condition (4), the yearly target (5-9), the
    programme (10), the estimated annual budget in whole rupiah (11) and the
    responsible units (12). Cells the document leaves blank are ``None`` or
    empty; a blank cell covered by a merged cell of another row is filled
    through ``shares`` (see `RoadMap.resolve`).

    A budget is held as the document writes it, in one of three forms
    (`BudgetForm`): an annual amount (``budget``), an amount for each year
    (``budget_per_year``) or one total for the period (``budget_total``). A row
    holds at most one of them.

    Attributes:
        id: Stable id, such as ``"organisasi-1"``. It also addresses the row's
            target.
        text: The action as written, or ``None`` when the row has no action of
            its own.
        problems: The problems the row names (usually one).
        result: The row's result (*hasil*), if it has one of its own.
        expected_condition: The expected condition (*kondisi yang
            diharapkan*) as written, if any.
        targets: The yearly target (*target pencapaian aksi*), if any.
        programme: The programme (*program*) as written: the id or the name of
            one of the road map's programmes, or any other text, for the rules
            to check.
        budget: The estimated annual budget (*estimasi anggaran per tahun*) in
            whole rupiah, if the row has one of its own: one amount that holds
            for every year the row is due.
        budget_per_year: The budget for each year (*anggaran tiap tahun*), if
            the row gives a different amount each year.
        budget_total: The budget for the whole period (*total anggaran*) in
            whole rupiah, if the row gives one total and not a yearly amount.
        units: The responsible units (*penanggung jawab*) as written, one name
            per unit; the road map's `UnitRegistry` resolves them.
        shares: The id of the row, in the same area, whose merged cells cover
            this row's blank ones.

    >>> a = Action(id="a1", text="Penyusunan SOP", budget=100_000_000, units=["Bag. Organisasi"])
    >>> a.units
    ('Bag. Organisasi',)
    """

    id: str = attrs.field(validator=_checks.identifier)
    text: str | None = attrs.field(default=None, validator=_checks.optional_text)
    problems: tuple[Problem, ...] = attrs.field(
        default=(), converter=to_problems, validator=_checks.tuple_of(Problem)
    )
    result: Result | None = attrs.field(default=None, validator=_checks.optional_of(Result))
    expected_condition: str | None = attrs.field(default=None, validator=_checks.optional_text)
    targets: Target | None = attrs.field(default=None, validator=_checks.optional_of(Target))
    programme: str | None = attrs.field(default=None, validator=_checks.optional_text)
    budget: int | None = attrs.field(default=None, validator=_check_budget)
    units: tuple[str, ...] = attrs.field(
        default=(), converter=to_strings, validator=_checks.tuple_of(str)
    )
    shares: str | None = attrs.field(default=None, validator=_checks.optional_identifier)
    budget_per_year: YearlyBudget | None = attrs.field(
        default=None, validator=_checks.optional_of(YearlyBudget)
    )
    budget_total: int | None = attrs.field(default=None, validator=_check_budget)

    def __attrs_post_init__(self) -> None:
        if self.budget_per_year is not None or self.budget_total is not None:
            _check_one_budget(self)

    @property
    def budget_form(self) -> BudgetForm | None:
        """The form of the row's own budget, or ``None`` if it has none of its own.

        >>> Action(id="a1", budget_total=750_000_000).budget_form.value
        'period-total'
        """
        for name, form in _BUDGET_FIELDS.items():
            if getattr(self, name) is not None:
                return form
        return None


def budget_over_period(action: Action, due_years: int) -> int | None:
    """The money a row's own budget holds over the period, in whichever form it is written.

    An annual budget counts once for each of the *due_years* (the years the row
    has a target due, or every year of the period); a budget per year, its sum;
    a period total, itself. ``None`` for a row with no budget of its own.

    >>> budget_over_period(Action(id="a1", budget=150_000_000), 5)
    750000000
    """
    if action.budget is not None:
        return action.budget * due_years
    if action.budget_per_year is not None:
        return action.budget_per_year.total
    return action.budget_total


@final
@attrs.frozen(kw_only=True)
class ResolvedAction:
    """An action plan row with the cells it shares filled in (*baris terisi*).

    Returned by `RoadMap.resolve`. Each field holds the row's own cell or,
    when that is blank, the cell of the row it shares (following ``shares``
    as far as needed); a programme cell still blank takes the name of the plan
    programme the row sits under, if any. ``inherited`` names the fields that came from another
    row, and ``target_owner`` and ``budget_owner`` say which row holds the
    target and the budget, so that shared money and targets are counted once.

    Attributes:
        action: The row as written.
        text: The action text.
        problems: The row's own problems (problems are never shared).
        result: The result.
        expected_condition: The expected condition.
        targets: The yearly target.
        target_owner: The id of the row that holds the target, or ``None``.
        programme: The programme as written.
        budget: The estimated annual budget, if the budget is annual.
        budget_owner: The id of the row that holds the budget, in whichever
            form, or ``None``.
        units: The responsible units as written.
        inherited: The names of the fields filled from another row (or, for
            the programme, from the programme of the plan hierarchy that holds
            the row, `rbroadmap.model.PlanProgramme`). A budget in any form is
            named ``"budget"``.
        budget_per_year: The budget for each year, if the budget is given so.
        budget_total: The budget for the whole period, if the budget is given so.
    """

    action: Action
    text: str | None
    problems: tuple[Problem, ...]
    result: Result | None
    expected_condition: str | None
    targets: Target | None
    target_owner: str | None
    programme: str | None
    budget: int | None
    budget_owner: str | None
    units: tuple[str, ...]
    inherited: frozenset[str]
    budget_per_year: YearlyBudget | None = None
    budget_total: int | None = None

    @property
    def id(self) -> str:
        """The id of the row."""
        return self.action.id

    @property
    def budget_form(self) -> BudgetForm | None:
        """The form of the budget the row counts under, or ``None`` if it has none."""
        for name, form in _BUDGET_FIELDS.items():
            if getattr(self, name) is not None:
                return form
        return None
