"""Realised values (*realisasi*): what a government reports it reached.

Every year, and often every quarter (*triwulan*), a government reports against
each target of its road map what it actually reached. A `Realization` names
the target by the id of the action that holds it, the year (and quarter, if
any), and holds a value of the same kind as the target: a percentage, a count
in the target's unit, an index score, a level, or for a qualitative target
either a `rbroadmap.Qualitative` (achieved when it equals the target's text) or
an explicit `Verdict`. It may also say how much money was actually spent, when
it was recorded and why.

A set of realisations is a `Realizations`: at most one per target, year and
quarter. Whether each one fits the road map (a known target, a year of the
period, the target's unit) is checked by `rbroadmap.attain`, which raises one
of the errors below, every one of them a `RealizationError`, a
`rbroadmap.RoadmapError` and a `ValueError`.

>>> r = Realization.parse("organisasi-1", 2019, "30%", spent="120.000.000,-")
>>> r.value, r.spent
(Percentage(value=Decimal('30')), 120000000)
>>> Realization.parse("wtp", 2019, "tercapai").value
<Verdict.ACHIEVED: 'achieved'>
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from datetime import date
from typing import Any, Final, TypeAlias, final

import attrs
import pendulum

from rbroadmap import _checks
from rbroadmap._text import name_key
from rbroadmap.attainment.periods import period_text
from rbroadmap.errors import RoadmapError, quote
from rbroadmap.messages import LabelledEnum, Message
from rbroadmap.notation import MAX_RUPIAH, format_value, parse_rupiah, parse_value
from rbroadmap.values import (
    REALISED_TYPES,
    VALUE_KINDS,
    CheckMark,
    Count,
    Graded,
    IndexScore,
    Level,
    NoTarget,
    NotAvailable,
    Percentage,
    Qualitative,
    Quantity,
    Range,
    TargetValue,
    Threshold,
    kind_of,
    measure_of,
    names_of,
)

__all__ = [
    "DuplicateRealizationError",
    "OutsidePeriodError",
    "Realization",
    "RealizationError",
    "RealizationKey",
    "Realizations",
    "RealizedValue",
    "UnitMismatchError",
    "UnknownTargetError",
    "Verdict",
    "compatible",
]


class Verdict(LabelledEnum):
    """Verdict (*status ketercapaian*) on a qualitative target: achieved or not.

    For a target such as ``WTP`` or ``Tersedia``, a report may say only whether
    it was reached; for a year ticked ``√``, whether it was done (*terlaksana*).
    ``ACHIEVED`` counts as 100% attainment, ``NOT_ACHIEVED`` as 0%.

    >>> Verdict.ACHIEVED.label.indonesian
    'Tercapai'
    """

    ACHIEVED = "achieved", "Tercapai", "Achieved"
    """Tercapai: the target was reached."""
    NOT_ACHIEVED = "not-achieved", "Tidak tercapai", "Not achieved"
    """Tidak tercapai: the target was not reached."""

    @classmethod
    def read(cls, text: str) -> Verdict | None:
        """Read a verdict written in words, or return ``None`` if *text* is none.

        ``"tercapai"`` / ``"achieved"`` and ``"tidak tercapai"`` / ``"belum
        tercapai"`` / ``"not achieved"`` (any case, any spacing); for a ticked
        year also ``"terlaksana"`` / ``"selesai"`` / ``"done"`` and ``"tidak
        terlaksana"`` / ``"belum terlaksana"`` / ``"belum selesai"`` / ``"not
        done"``; and the verdicts' own values (``"not-achieved"``).

        >>> Verdict.read("Belum  tercapai"), Verdict.read("WTP")
        (<Verdict.NOT_ACHIEVED: 'not-achieved'>, None)
        """
        key = name_key(text)
        found = _VERDICT_WORDS.get(key)
        if found is None:
            found = next((v for v in cls if v.value == key), None)
        return found


RealizedValue: TypeAlias = (
    Percentage | Count | Quantity | IndexScore | Level | Graded | Qualitative | Verdict
)
"""Any value a realisation can hold: a target value's kinds that are one value (not a
range, a threshold, a check mark, ``NA`` or ``-``), or a `Verdict` for a qualitative
target or a ticked year."""

_REALIZED_TYPES: Final = (*REALISED_TYPES, Verdict)
"""The classes of `RealizedValue`: the kinds declared realisable, and `Verdict`."""

_TARGET_KINDS: Final = tuple(kind.cls for kind in VALUE_KINDS)

_VERDICT_WORDS: Final = {
    "tercapai": Verdict.ACHIEVED,
    "achieved": Verdict.ACHIEVED,
    "tidak tercapai": Verdict.NOT_ACHIEVED,
    "belum tercapai": Verdict.NOT_ACHIEVED,
    "not achieved": Verdict.NOT_ACHIEVED,
    "terlaksana": Verdict.ACHIEVED,
    "selesai": Verdict.ACHIEVED,
    "done": Verdict.ACHIEVED,
    "tidak terlaksana": Verdict.NOT_ACHIEVED,
    "belum terlaksana": Verdict.NOT_ACHIEVED,
    "belum selesai": Verdict.NOT_ACHIEVED,
    "not done": Verdict.NOT_ACHIEVED,
}

RealizationKey: TypeAlias = tuple[str, int, int | None]
"""What makes a realisation unique: ``(target id, year, quarter or None)``."""


def _check_value(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if isinstance(value, Graded) and isinstance(value.score, Threshold):
        value = value.score  # refused below, as a comparison
    if isinstance(value, _REALIZED_TYPES):
        return
    why = kind_of(value).not_realised if isinstance(value, _TARGET_KINDS) else None
    if why is not None:
        raise _checks.fail(instance, attribute.name, value, why.indonesian, why.english)
    names = names_of(_REALIZED_TYPES)
    raise _checks.wrong_type(
        instance, attribute.name, value, f"{names.indonesian} / a {names.english}"
    )


def _check_quarter(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is None:
        return
    if type(value) is not int:
        raise _checks.wrong_type(instance, attribute.name, value, "int atau None / an int or None")
    if not 1 <= value <= 4:
        raise _checks.fail(
            instance,
            attribute.name,
            value,
            "triwulan harus 1, 2, 3 atau 4",
            "a quarter must be 1, 2, 3 or 4",
        )


def _check_spent(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is None:
        return
    if type(value) is not int:
        raise _checks.wrong_type(
            instance, attribute.name, value, "rupiah utuh (int) / whole rupiah (int)"
        )
    if not 0 <= value <= MAX_RUPIAH:
        raise _checks.fail(
            instance,
            attribute.name,
            value,
            f"realisasi anggaran harus antara 0 dan {MAX_RUPIAH} rupiah",
            f"money spent must be between 0 and {MAX_RUPIAH} rupiah",
        )


@final
@attrs.frozen(kw_only=True)
class Realization:
    """Realisation (*realisasi*): the value reached for one target in one period.

    Attributes:
        target_id: The id of the action that holds the target. A row that
            shares another row's target (`rbroadmap.Action.shares`) may be
            named too: it means the same target, the one its owner holds.
        year: The year reported on.
        quarter: The quarter (*triwulan*, 1-4) reported on, or ``None`` for
            the whole year.
        value: What was reached by the end of the period (or so far, for a
            period still running): of the target's kind and unit. A quarterly
            value is a level reached, not an increment: 60% in TW II means 60%
            by the end of June.
        spent: The rupiah actually spent (*realisasi anggaran*) by the end of
            the period, in the year reported on; ``None`` if not reported.
        recorded: The date it was recorded, if known (a `pendulum.Date`; a
            `datetime.date` is accepted, and a date-time is taken as its own
            calendar date). A report as of an earlier date leaves it out.
        note: A remark (*keterangan*), as written.

    >>> import pendulum
    >>> from rbroadmap.values import Count
    >>> Realization(target_id="pengawasan-3", year=2019, quarter=2, value=Count(12, "Orang"),
    ...             recorded=pendulum.date(2019, 7, 5)).key
    ('pengawasan-3', 2019, 2)
    """

    target_id: str = attrs.field(validator=_checks.identifier)
    year: int = attrs.field(validator=_checks.year)
    value: RealizedValue = attrs.field(validator=_check_value)
    quarter: int | None = attrs.field(default=None, validator=_check_quarter)
    spent: int | None = attrs.field(default=None, validator=_check_spent)
    recorded: pendulum.Date | None = attrs.field(
        default=None, converter=_checks.to_date, validator=_checks.optional_date
    )
    note: str | None = attrs.field(default=None, validator=_checks.optional_text)

    @classmethod
    def parse(
        cls,
        target_id: str,
        year: int,
        value: str,
        *,
        quarter: int | None = None,
        spent: int | str | None = None,
        recorded: date | None = None,
        note: str | None = None,
        unit: str | None = None,
    ) -> Realization:
        """Build a realisation from its value written in Indonesian notation.

        ``"tercapai"`` / ``"achieved"`` and ``"tidak tercapai"`` / ``"belum
        tercapai"`` / ``"not achieved"`` (any case), and for a ticked year
        ``"terlaksana"`` / ``"tidak terlaksana"``, are read as a `Verdict`;
        anything else as a target value (``"60%"``, ``"12 Orang"``,
        ``"IRB 72,5"``, ``"WTP"``), a bare number in *unit*, the unit column
        (*Satuan*) of the report, if given. *spent* may be whole rupiah or text
        (``"120.000.000,-"``, ``"Rp 120 juta"``).

        Raises:
            NotationError: If the value or the amount is not valid notation.
            ModelError: If a field is not valid (a range, a comparison, ``√``,
                ``NA``, a quarter 5, ...): the message says what to report instead.

        >>> Realization.parse("sdm-1", 2018, "50 %", quarter=4).value
        Percentage(value=Decimal('50'))
        >>> Realization.parse("ikm", 2020, "79,30", unit="Indeks").value
        Quantity(value=Decimal('79.30'), unit='Indeks', qualifier=None)
        """
        raw: object = value
        verdict = Verdict.read(raw) if isinstance(raw, str) else None
        parsed: object = verdict if verdict is not None else parse_value(value, unit=unit)
        money = parse_rupiah(spent) if isinstance(spent, str) else spent
        return cls(
            target_id=target_id,
            year=year,
            value=parsed,  # type: ignore[arg-type]  # checked by the validator
            quarter=quarter,
            spent=money,
            recorded=recorded,
            note=note,
        )

    @property
    def key(self) -> RealizationKey:
        """``(target_id, year, quarter)``: at most one realisation per key."""
        return (self.target_id, self.year, self.quarter)

    @property
    def period(self) -> Message:
        """The period reported on: ``2020`` or ``2020 TW II`` / ``2020 Q2``."""
        return period_text(self.year, self.quarter)


def _items(value: Iterable[Realization]) -> tuple[Realization, ...]:
    return _checks.to_tuple(value)  # type: ignore[no-any-return]


@final
@attrs.frozen(kw_only=True)
class Realizations:
    """Set of realisations (*kumpulan realisasi*): at most one per target, year and quarter.

    Attributes:
        items: The realisations, in the order given.

    Raises:
        DuplicateRealizationError: If two realisations share a target id, a
            year and a quarter.

    >>> rs = Realizations.of(
    ...     Realization.parse("a1", 2018, "25%"), Realization.parse("a1", 2019, "30%"))
    >>> len(rs), rs.get("a1", 2019).value
    (2, Percentage(value=Decimal('30')))
    """

    items: tuple[Realization, ...] = attrs.field(
        default=(), converter=_items, validator=_checks.tuple_of(Realization)
    )
    _by_key: dict[RealizationKey, Realization] = attrs.field(
        init=False, factory=dict, eq=False, hash=False, repr=False
    )

    def __attrs_post_init__(self) -> None:
        first: dict[RealizationKey, int] = {}
        for i, item in enumerate(self.items):
            j = first.setdefault(item.key, i)
            if j != i:
                raise DuplicateRealizationError(item, index=i, first=j)
            self._by_key[item.key] = item

    @classmethod
    def of(cls, *items: Realization) -> Realizations:
        """Build a set from the realisations given as arguments."""
        return cls(items=items)

    def get(self, target_id: str, year: int, quarter: int | None = None) -> Realization | None:
        """Return the realisation with this key, or ``None``."""
        return self._by_key.get((target_id, year, quarter))

    def for_target(self, target_id: str) -> tuple[Realization, ...]:
        """Every realisation naming *target_id*, in the order given."""
        return tuple(r for r in self.items if r.target_id == target_id)

    def __iter__(self) -> Iterator[Realization]:
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)

    def __contains__(self, key: object) -> bool:
        return key in self._by_key


def compatible(cell: TargetValue, value: RealizedValue) -> bool:
    """Whether *value* can be judged against the target cell *cell*.

    The kinds must match (`rbroadmap.values.measure_of`): a percentage against
    a percentage, a count or quantity in the target's unit phrase (case aside;
    the qualifier, such as ``Dan masyarakat``, describes and does not count;
    ``12 Peraturan Bupati`` is not in the unit of ``11 Peraturan Daerah``), an
    index score of the same index, a level against a level; a range, a
    threshold and a graded score take a value of their number's kind (a graded
    score also a graded realisation); a qualitative target takes a qualitative
    value or a `Verdict`, a check mark a `Verdict`. A ``-`` or ``NA`` cell
    takes nothing.

    >>> from rbroadmap.values import Count, Percentage
    >>> compatible(Count(39, "OPD", "Dan masyarakat"), Count(20, "opd"))
    True
    >>> compatible(Count(39, "OPD"), Percentage(50))
    False
    >>> compatible(Count(11, "Peraturan Daerah"), Count(12, "Peraturan Bupati"))
    False
    """
    return _TAKES[type(cell)](cell, value)


def _same_measure(cell: TargetValue, value: RealizedValue) -> bool:
    return not isinstance(value, Verdict | Qualitative) and measure_of(value) == measure_of(cell)


def _in_words(cell: Qualitative, value: RealizedValue) -> bool:
    return isinstance(value, Qualitative | Verdict)


def _verdict(cell: CheckMark, value: RealizedValue) -> bool:
    return isinstance(value, Verdict)


def _nothing(cell: NoTarget | NotAvailable, value: RealizedValue) -> bool:
    return False


_TAKES: Final[dict[type, Callable[[Any, RealizedValue], bool]]] = {
    **{kind.cls: _same_measure for kind in VALUE_KINDS if kind.numeric},
    Range: _same_measure,
    CheckMark: _verdict,
    Qualitative: _in_words,
    NotAvailable: _nothing,
    NoTarget: _nothing,
}
"""What each kind of target cell takes as a realised value (see `compatible`)."""


# -- errors


class RealizationError(RoadmapError, ValueError):
    """A realisation that cannot be judged (*realisasi tidak valid*).

    Attributes:
        realization: The offending realisation.
        index: Its position in the set given to `rbroadmap.attain`, if known.
        path: Where it sits, as a JSON path into that set (``$[3].target_id``).
    """

    realization: Realization
    index: int | None
    path: str

    def __init__(
        self, message: Message, realization: Realization, *, index: int | None, field: str
    ) -> None:
        where = "$" if index is None else f"$[{index}]"
        path = f"{where}.{field}"
        super().__init__(message.prefixed(f"{path}: ", f"{path}: "))
        self.realization = realization
        self.index = index
        self.path = path


class UnknownTargetError(RealizationError):
    """A realisation naming no target of the road map (*target tidak dikenal*).

    The id names no action, or an action without a target of its own or
    shared.

    Attributes:
        suggestion: The closest id of an action with a target, if one is close.
    """

    suggestion: str | None

    def __init__(
        self,
        realization: Realization,
        *,
        index: int | None,
        reason: Message,
        suggestion: str | None = None,
    ) -> None:
        q = quote(realization.target_id)
        id_text = f"{q}: {reason.indonesian}"
        en_text = f"{q}: {reason.english}"
        if suggestion is not None:
            id_text += f"; maksud Anda {suggestion!r}?"
            en_text += f"; did you mean {suggestion!r}?"
        super().__init__(Message(id_text, en_text), realization, index=index, field="target_id")
        self.suggestion = suggestion


class OutsidePeriodError(RealizationError):
    """A realisation for a year outside the road map's period (*di luar periode*)."""

    def __init__(self, realization: Realization, *, index: int | None, period: str) -> None:
        year = realization.year
        super().__init__(
            Message(
                f"tahun {year} di luar periode road map {period}",
                f"the year {year} is outside the road map's period {period}",
            ),
            realization,
            index=index,
            field="year",
        )


class DuplicateRealizationError(RealizationError):
    """Two realisations for one target and period (*realisasi ganda*).

    Also raised when a realisation names a row that shares its target and
    another names the row that holds it, for the same period.

    Attributes:
        first: The position of the first realisation for the same target and
            period.
    """

    first: int

    def __init__(
        self,
        realization: Realization,
        *,
        index: int | None,
        first: int,
        target_id: str | None = None,
    ) -> None:
        super().__init__(
            duplicate_message(realization, f"$[{first}]", target_id=target_id),
            realization,
            index=index,
            field="target_id",
        )
        self.first = first


def duplicate_message(
    realization: Realization, first: str, *, target_id: str | None = None
) -> Message:
    """Say that *realization* is the second for its target and period.

    *first* says where the first one sits (``"$[0]"``).
    """
    period = realization.period
    same = target_id or realization.target_id
    return Message(
        f"realisasi kedua untuk target {same!r} periode {period.indonesian}; "
        f"yang pertama di {first}",
        f"a second realisation for target {same!r} in {period.english}; the first is at {first}",
    )


def _kind(value: TargetValue | RealizedValue) -> Message:
    """What *value* is, for a message: ``"a count in OPD"``, ``"an IKM index score"``."""
    return _KIND_NAMES[type(value)](value)


def _count_name(value: Count | Quantity) -> Message:
    return Message(f"jumlah dalam satuan {value.unit}", f"a count in {value.unit}")


def _quantity_name(value: Quantity) -> Message:
    return Message(f"besaran dalam satuan {value.unit}", f"a quantity in {value.unit}")


def _threshold_name(value: Threshold) -> Message:
    return _kind(value.value)


def _graded_name(value: Graded) -> Message:
    return _kind(value.score)


def _index_name(value: IndexScore) -> Message:
    return Message(f"nilai indeks {value.index}", f"an {value.index} index score")


def _range_name(value: Range) -> Message:
    return _kind(value.low)


def _named(indonesian: str, english: str) -> Callable[[object], Message]:
    message = Message(indonesian, english)
    return lambda _: message


_KIND_NAMES: Final[dict[type, Callable[[Any], Message]]] = {
    Percentage: _named("persentase", "a percentage"),
    Count: _count_name,
    Quantity: _quantity_name,
    IndexScore: _index_name,
    Level: _named("level", "a level"),
    Threshold: _threshold_name,
    Graded: _graded_name,
    Range: _range_name,
    CheckMark: _named("tanda centang", "a check mark"),
    Qualitative: _named("nilai kualitatif", "a qualitative value"),
    NotAvailable: _named("data tidak tersedia", "not available"),
    NoTarget: _named("tanpa target", "no target"),
    Verdict: _named("status tercapai/tidak tercapai", "an achieved/not achieved verdict"),
}
"""What a value of each kind is, in a message about a realised value of the wrong kind."""


class UnitMismatchError(RealizationError):
    """A realised value of another kind or unit than its target (*satuan tidak cocok*).

    ``20 Orang`` against a target of ``39 OPD``, or ``60%`` against ``IRB 70``:
    an error, never a guess.

    Attributes:
        expected: The target cell the value was checked against.
    """

    expected: TargetValue

    def __init__(
        self, realization: Realization, *, index: int | None, expected: TargetValue
    ) -> None:
        want, got = _kind(expected), _kind(realization.value)
        value = realization.value
        shown = value.label if isinstance(value, Verdict) else None
        id_value = repr(shown.indonesian if shown else format_value(value))  # type: ignore[arg-type]
        en_value = repr(shown.english if shown else format_value(value))  # type: ignore[arg-type]
        super().__init__(
            Message(
                f"{id_value} adalah {got.indonesian}, sedangkan target "
                f"{realization.target_id!r} berupa {want.indonesian} ({format_value(expected)})",
                f"{en_value} is {got.english}, but target "
                f"{realization.target_id!r} is {want.english} ({format_value(expected)})",
            ),
            realization,
            index=index,
            field="value",
        )
        self.expected = expected
