"""Waiver rules (*aturan pengecualian*), RB0xx: accepting findings on purpose.

Waivers (`rbroadmap.Waiver`) live in the road map. A waiver matches the
findings of its rule code on its entity id. Waived findings stay in the report,
marked as waived, and are not counted. Three rules report on the waivers
themselves; they have no check of their own, since they judge the findings of
the other rules (`judge`):

* ``RB001 expired-waiver``: a waiver whose expiry date lies before ``as_of``;
  it waives nothing.
* ``RB002 unused-waiver``: a waiver that matches no finding of a rule that ran
  (or names a rule that does not exist).
* ``RB003 unjudged-waiver``: a waiver with an expiry date while no ``as_of``
  was given. rbroadmap never reads the clock, so it cannot tell whether the
  waiver has expired; it keeps waiving, and this finding asks for ``as_of``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence, Set
from typing import Final

import pendulum

from rbroadmap.messages import Message
from rbroadmap.model import Waiver
from rbroadmap.rules.kernel import Context, Rule, Severity, Violation

__all__ = ["EXPIRED_WAIVER", "RULES", "UNJUDGED_WAIVER", "UNUSED_WAIVER", "judge"]


def _no_check(_: Context) -> Iterable[Violation]:
    return ()


EXPIRED_WAIVER: Final = Rule(
    code="RB001",
    name="expired-waiver",
    severity=Severity.WARNING,
    summary=Message(
        "Pengecualian sudah kedaluwarsa dan tidak lagi berlaku",
        "A waiver has expired and no longer waives anything",
    ),
    what=(
        "Every waiver of the road map with an expiry date before the `as_of` date given to "
        "`validate`. An expired waiver waives nothing: the findings it covered are reported "
        "again."
    ),
    why=(
        "A waiver accepts a finding for a time, for a reason (a regulation being revised, a "
        "unit being reorganised). When the time is up, the reason must be looked at again: "
        "either the finding is fixed, or the waiver is renewed with a new date."
    ),
    example=(
        '`Waiver(code="RB402", entity_id="tatalaksana-4", reason="...", '
        "expires=pendulum.date(2020, 12, 31))` validated with "
        "`as_of=pendulum.date(2021, 6, 30)`."
    ),
    check=_no_check,
)

UNUSED_WAIVER: Final = Rule(
    code="RB002",
    name="unused-waiver",
    severity=Severity.WARNING,
    summary=Message(
        "Pengecualian tidak cocok dengan temuan mana pun",
        "A waiver matches no finding",
    ),
    what=(
        "Every waiver that waives no finding: its rule found nothing on its entity, its "
        "entity id names nothing in the road map, or its code names no rule. Waivers of rules "
        "that were not selected are not judged."
    ),
    why=(
        "A waiver that matches nothing is stale: the finding was fixed, the entity was "
        "renamed, or the code was mistyped. Left in place, it would silently waive a new "
        "finding that happens to match it later."
    ),
    example='`Waiver(code="RB301", entity_id="organisasi-1", reason="...")` when row '
    "`organisasi-1` has a budget.",
    check=_no_check,
)

UNJUDGED_WAIVER: Final = Rule(
    code="RB003",
    name="unjudged-waiver",
    severity=Severity.INFO,
    summary=Message(
        "Masa berlaku pengecualian tidak dapat dinilai tanpa tanggal as_of",
        "A waiver's expiry cannot be judged without an as_of date",
    ),
    what=(
        "Every waiver with an expiry date when `validate` was called without `as_of`. The "
        "waiver keeps waiving."
    ),
    why=(
        "rbroadmap never reads the clock: whether a waiver has expired depends on the date "
        "you judge it on, which only you know. Pass `as_of=pendulum.date(...)` to judge it."
    ),
    example="`validate(roadmap)` on a road map with `Waiver(..., expires=pendulum.date(2020, "
    "12, 31))`.",
    check=_no_check,
)

RULES: Final = (EXPIRED_WAIVER, UNUSED_WAIVER, UNJUDGED_WAIVER)


def judge(
    waivers: Sequence[Waiver],
    found: Sequence[tuple[Rule, Violation]],
    *,
    ran: Set[str],
    known: Set[str],
    judged_on: pendulum.Date | None,
) -> tuple[list[tuple[Rule, Violation]], dict[int, Waiver]]:
    """Judge the road map's *waivers* against what the rules *found*.

    Args:
        waivers: The road map's waivers, in order.
        found: Each violation found, with the rule that found it.
        ran: The codes of the rules that ran.
        known: The codes of every rule that could have run.
        judged_on: The date waivers are judged on, or ``None``.

    Returns:
        The violations of the waiver rules themselves (RB001-RB003), and which
        waiver waives each violation of *found*, by its position there.
    """
    by_key: dict[tuple[str, str], list[int]] = {}
    for i, (item, violation) in enumerate(found):
        by_key.setdefault((item.code, violation.entity_id), []).append(i)
    extra: list[tuple[Rule, Violation]] = []
    waiver_of: dict[int, Waiver] = {}
    for index, waiver in enumerate(waivers):
        field = f"waivers[{index}]"
        matched = by_key.get((waiver.code, waiver.entity_id), [])
        if judged_on is not None and not waiver.in_force(judged_on):
            extra.append((EXPIRED_WAIVER, _expired(waiver, field, judged_on, len(matched))))
            continue
        if waiver.expires is not None and judged_on is None:
            extra.append((UNJUDGED_WAIVER, _unjudged(waiver, field)))
        if matched:
            for i in matched:
                waiver_of.setdefault(i, waiver)
        elif waiver.code not in known or waiver.code in ran:
            extra.append((UNUSED_WAIVER, _unused(waiver, field, waiver.code in known)))
    return extra, waiver_of


def _expired(waiver: Waiver, field: str, judged_on: pendulum.Date, matched: int) -> Violation:
    still = (
        (
            f"; {matched} temuan kembali dilaporkan",
            f"; {matched} finding is reported again"
            if matched == 1
            else f"; {matched} findings are reported again",
        )
        if matched
        else ("", "")
    )
    return Violation(
        entity_id=waiver.entity_id,
        field=field,
        value=waiver.code,
        message=Message(
            f"pengecualian {waiver.code} untuk {waiver.entity_id!r} berakhir {waiver.expires} "
            f"(sebelum {judged_on}){still[0]}",
            f"the waiver of {waiver.code} for {waiver.entity_id!r} expired on {waiver.expires} "
            f"(before {judged_on}){still[1]}",
        ),
    )


def _unjudged(waiver: Waiver, field: str) -> Violation:
    return Violation(
        entity_id=waiver.entity_id,
        field=field,
        value=waiver.code,
        message=Message(
            f"pengecualian {waiver.code} untuk {waiver.entity_id!r} berlaku sampai "
            f"{waiver.expires}; berikan as_of untuk menilai apakah masih berlaku",
            f"the waiver of {waiver.code} for {waiver.entity_id!r} runs until {waiver.expires}; "
            "pass as_of to judge whether it is still in force",
        ),
    )


def _unused(waiver: Waiver, field: str, known: bool) -> Violation:
    if not known:
        return Violation(
            entity_id=waiver.entity_id,
            field=field,
            value=waiver.code,
            message=Message(
                f"pengecualian menyebut aturan {waiver.code!r} yang tidak ada",
                f"the waiver names the rule {waiver.code!r}, which does not exist",
            ),
        )
    return Violation(
        entity_id=waiver.entity_id,
        field=field,
        value=waiver.code,
        message=Message(
            f"pengecualian {waiver.code} untuk {waiver.entity_id!r} tidak cocok dengan temuan "
            "mana pun; hapus bila temuannya sudah diperbaiki",
            f"the waiver of {waiver.code} for {waiver.entity_id!r} matches no finding; remove "
            "it if the finding was fixed",
        ),
    )
