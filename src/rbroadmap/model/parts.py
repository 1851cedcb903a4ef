"""Small parts (*bagian kecil*) of a road map: list items, goals, problems, results, the period.

The leaves of a road map's tree: each holds text as written, and those with an
id (`Goal`, `Problem`, `Result`) can be pointed at by rule findings. `Period`
is the road map's first and last year.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, final

import attrs

from rbroadmap import _checks
from rbroadmap.model.indicators import Indicator

__all__ = ["Goal", "Item", "Period", "Problem", "Result"]


# -- converters: named functions, so that type checkers see what __init__ takes


def to_items(value: Iterable[Item]) -> tuple[Item, ...]:
    """A tuple of list items."""
    return _checks.to_tuple(value)  # type: ignore[no-any-return]


def to_goals(value: Iterable[Goal]) -> tuple[Goal, ...]:
    """A tuple of goals."""
    return _checks.to_tuple(value)  # type: ignore[no-any-return]


def to_indicators(value: Iterable[Indicator]) -> tuple[Indicator, ...]:
    """A tuple of indicators."""
    return _checks.to_tuple(value)  # type: ignore[no-any-return]


def to_problems(value: Iterable[Problem]) -> tuple[Problem, ...]:
    """A tuple of problems."""
    return _checks.to_tuple(value)  # type: ignore[no-any-return]


def to_strings(value: Iterable[str]) -> tuple[str, ...]:
    """A tuple of texts."""
    return _checks.to_tuple(value)  # type: ignore[no-any-return]


@final
@attrs.frozen(kw_only=True)
class Item:
    """Item of a list (*butir*): a lettered or numbered line, as written.

    Used for the improvement items of an area (3.1.1), the steps of a stage,
    the duties of a team and the activities of a programme.

    Attributes:
        label: The item's letter or number as written (``"a"``, ``"3"``), or
            ``None`` for an unlabelled item.
        text: The item's text as written.

    >>> Item(label="a", text="Penyusunan IKU sesuai proses bisnis;").label
    'a'
    """

    label: str | None = attrs.field(default=None, validator=_checks.optional_text)
    text: str = attrs.field(validator=_checks.text)


@final
@attrs.frozen(kw_only=True)
class Goal:
    """Goal (*sasaran*): what the road map aims at, as written in Table 3.1 or a goal table.

    Attributes:
        id: Stable id, such as ``"organisasi-sasaran-1"``.
        text: The goal as written.
        indicators: The indicators it is measured by (*indikator kinerja*), in
            the order of its goal table.

    >>> Goal(id="g1", text="Organisasi yang tepat fungsi").id
    'g1'
    """

    id: str = attrs.field(validator=_checks.identifier)
    text: str = attrs.field(validator=_checks.text)
    indicators: tuple[Indicator, ...] = attrs.field(
        default=(), converter=to_indicators, validator=_checks.tuple_of(Indicator)
    )


@final
@attrs.frozen(kw_only=True)
class Problem:
    """Problem (*permasalahan*): column 1 of the action plan.

    Attributes:
        id: Stable id, such as ``"organisasi-1-masalah"``.
        text: The problem as written.

    >>> Problem(id="p1", text="Belum optimal pelaksanaan SOP").text
    'Belum optimal pelaksanaan SOP'
    """

    id: str = attrs.field(validator=_checks.identifier)
    text: str = attrs.field(validator=_checks.text)


@final
@attrs.frozen(kw_only=True)
class Result:
    """Result (*hasil*): the output an action delivers, column 3.

    Attributes:
        id: Stable id, such as ``"organisasi-1-hasil"``.
        text: The result as written.

    >>> Result(id="r1", text="Dokumen evaluasi SOP").text
    'Dokumen evaluasi SOP'
    """

    id: str = attrs.field(validator=_checks.identifier)
    text: str = attrs.field(validator=_checks.text)


def _check_period(instance: Period, attribute: attrs.Attribute[Any], value: object) -> None:
    _checks.check_year(instance, attribute.name, value)
    if attribute.name == "end":
        if value < instance.start:  # type: ignore[operator]
            raise _checks.fail(
                instance,
                "end",
                value,
                f"tahun akhir sebelum tahun awal {instance.start}",
                f"the end year is before the start year {instance.start}",
            )
        if value - instance.start >= 50:  # type: ignore[operator]
            raise _checks.fail(
                instance,
                "end",
                value,
                "periode paling lama 50 tahun",
                "a period is at most 50 years long",
            )


@final
@attrs.frozen(order=True)
class Period:
    """Period (*periode*) of a road map: its first and last year, inclusive.

    Attributes:
        start: The first year.
        end: The last year.

    >>> Period(2018, 2022).years
    (2018, 2019, 2020, 2021, 2022)
    >>> 2023 in Period(2018, 2022)
    False
    """

    start: int = attrs.field(validator=_check_period)
    end: int = attrs.field(validator=_check_period)

    @property
    def years(self) -> tuple[int, ...]:
        """Every year of the period, in order."""
        return tuple(range(self.start, self.end + 1))

    def __contains__(self, year: object) -> bool:
        return isinstance(year, int) and self.start <= year <= self.end

    def __len__(self) -> int:
        return self.end - self.start + 1

    def __str__(self) -> str:
        return f"{self.start}-{self.end}"
