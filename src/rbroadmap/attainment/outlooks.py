"""Outlooks of groups (*prospek kelompok*): how many targets are on track, and the verdict.

A group's projected attainment, combined by the roll-up method, can hide failures:
under the mean, targets projected far above 100% make up for those projected to
miss. So every roll-up to date also counts its targets by outlook
(`OutlookCounts`: on track, at risk, off track, not forecastable), and says that
share wherever it shows the outlook. How the group's own outlook is decided is a
choice of the report (`OutlookRule`):

* **combined** (the default): the outlook of the combined projected attainment,
  by the roll-up's method (mean, budget-weighted mean or worst child);
* **worst**: the worst outlook of the targets that can be forecast: one target
  off track makes the group off track;
* **share**: on track when at least a threshold share (80% unless told
  otherwise) of the targets that can be forecast are on track; at risk when the
  targets on track and at risk together reach it; off track otherwise.

A group none of whose targets can be forecast has the outlook *cannot be
forecast* under every rule.

>>> counts = OutlookCounts(on_track=23, at_risk=7, off_track=6, unknown=0)
>>> print(counts.summary.english)
23 of 36 targets on track, 7 at risk, 6 off track
>>> decide(counts, Outlook.ON_TRACK, OutlookRule.SHARE, Decimal(80))[0]  # 30 of 36 reach 80%
<Outlook.AT_RISK: 'at-risk'>
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal
from fractions import Fraction
from typing import Final, final

import attrs

from rbroadmap.attainment._numbers import pct
from rbroadmap.attainment.forecast import Outlook
from rbroadmap.messages import LabelledEnum, Message

__all__ = ["OutlookCounts", "OutlookRule", "decide"]


class OutlookRule(LabelledEnum):
    """How a group's outlook is decided from its targets' (*aturan prospek kelompok*)."""

    COMBINED = "combined", "Capaian gabungan", "Combined attainment"
    """The outlook of the group's combined projected attainment (the default)."""
    WORST = "worst", "Prospek terburuk", "Worst outlook"
    """The worst outlook among the group's targets that can be forecast."""
    SHARE = "share", "Ambang proporsi", "Threshold share"
    """On track when a threshold share of the targets that can be forecast are on track."""


@final
@attrs.frozen(kw_only=True)
class OutlookCounts:
    """Outlook counts (*rekap prospek*): a group's targets by outlook for their final year.

    Attributes:
        on_track: Targets projected to reach 100% of their final target or more.
        at_risk: Targets projected short of it, within the tolerance.
        off_track: Targets projected short of it by more than the tolerance.
        unknown: Targets that cannot be forecast (nothing realised to project from).
    """

    on_track: int = 0
    at_risk: int = 0
    off_track: int = 0
    unknown: int = 0

    @classmethod
    def of(cls, outlooks: Iterable[Outlook]) -> OutlookCounts:
        """Count *outlooks*.

        >>> OutlookCounts.of([Outlook.ON_TRACK, Outlook.UNKNOWN, Outlook.ON_TRACK]).on_track
        2
        """
        found = list(outlooks)
        return cls(
            on_track=found.count(Outlook.ON_TRACK),
            at_risk=found.count(Outlook.AT_RISK),
            off_track=found.count(Outlook.OFF_TRACK),
            unknown=found.count(Outlook.UNKNOWN),
        )

    @property
    def total(self) -> int:
        """How many targets were counted."""
        return self.on_track + self.at_risk + self.off_track + self.unknown

    @property
    def forecastable(self) -> int:
        """How many targets could be forecast."""
        return self.on_track + self.at_risk + self.off_track

    @property
    def share_on_track(self) -> Fraction | None:
        """The targets on track, in percent of those that could be forecast, or ``None``.

        >>> OutlookCounts(on_track=3, off_track=1, unknown=2).share_on_track
        Fraction(75, 1)
        """
        if not self.forecastable:
            return None
        return Fraction(self.on_track * 100, self.forecastable)

    @property
    def summary(self) -> Message:
        """The counts in words: ``23 of 36 targets on track, 7 at risk, 6 off track``.

        Targets that cannot be forecast are named only when there are some.

        >>> print(OutlookCounts(on_track=1, unknown=2).summary.indonesian)
        1 dari 3 target sesuai jalur, 0 berisiko, 0 tidak sesuai jalur, 2 tidak dapat diperkirakan
        """
        id_text = (
            f"{self.on_track} dari {self.total} target sesuai jalur, {self.at_risk} berisiko, "
            f"{self.off_track} tidak sesuai jalur"
        )
        targets = "target" if self.total == 1 else "targets"
        en_text = (
            f"{self.on_track} of {self.total} {targets} on track, {self.at_risk} at risk, "
            f"{self.off_track} off track"
        )
        if self.unknown:
            id_text += f", {self.unknown} tidak dapat diperkirakan"
            en_text += f", {self.unknown} cannot be forecast"
        return Message(id_text, en_text)


_ORDER: Final = (Outlook.OFF_TRACK, Outlook.AT_RISK, Outlook.ON_TRACK)
"""The outlooks that can be forecast, worst first."""


def decide(
    counts: OutlookCounts, combined: Outlook, rule: OutlookRule, threshold: Decimal
) -> tuple[Outlook, Message]:
    """Decide a group's outlook by *rule*, with the reason in words.

    Args:
        counts: The group's targets by outlook.
        combined: The outlook of the group's combined projected attainment.
        rule: How to decide.
        threshold: For `OutlookRule.SHARE`: the share of the targets that can be
            forecast, in percent, that must be on track.

    >>> outlook, why = decide(OutlookCounts(on_track=3, at_risk=1), Outlook.ON_TRACK,
    ...                       OutlookRule.WORST, Decimal(80))
    >>> outlook.value, why.english
    ('at-risk', 'the worst outlook of 4 targets: At risk')
    """
    if not counts.forecastable:
        return Outlook.UNKNOWN, Message(
            "tidak ada target yang dapat diperkirakan", "no target can be forecast"
        )
    if rule is OutlookRule.COMBINED:
        return combined, Message(
            f"prospek capaian gabungan: {combined.label.indonesian}",
            f"the outlook of the combined attainment: {combined.label.english}",
        )
    if rule is OutlookRule.WORST:
        present = {
            Outlook.OFF_TRACK: counts.off_track,
            Outlook.AT_RISK: counts.at_risk,
            Outlook.ON_TRACK: counts.on_track,
        }
        worst = next(o for o in _ORDER if present[o])
        return worst, Message(
            f"prospek terburuk dari {counts.forecastable} target: {worst.label.indonesian}",
            f"the worst outlook of {counts.forecastable} targets: {worst.label.english}",
        )
    need = Fraction(threshold)
    on_track = Fraction(counts.on_track * 100, counts.forecastable)
    at_risk_or_better = Fraction((counts.on_track + counts.at_risk) * 100, counts.forecastable)
    if on_track >= need:
        outlook = Outlook.ON_TRACK
    elif at_risk_or_better >= need:
        outlook = Outlook.AT_RISK
    else:
        outlook = Outlook.OFF_TRACK
    return outlook, Message(
        f"{pct(on_track)} target sesuai jalur dan {pct(at_risk_or_better)} sesuai jalur atau "
        f"berisiko, ambang {pct(need)}: {outlook.label.indonesian}",
        f"{pct(on_track, 'en')} of targets on track and {pct(at_risk_or_better, 'en')} on track "
        f"or at risk, against a threshold of {pct(need, 'en')}: {outlook.label.english}",
    )
