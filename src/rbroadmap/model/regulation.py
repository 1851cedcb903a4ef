"""Regulations (*peraturan*): the regulation that sets a road map out, and the one it amends.

A road map is enacted by a regulation of its government (a mayor's regulation,
*Peraturan Wali Kota* or *Perwal*; a regent's, *Peraturan Bupati* or
*Perbup*; a governor's, *Pergub*), and is changed by a later one that amends
it, typically re-setting the targets of later years when a new medium-term
plan (RPJMD) starts. `Regulation` cites one as the document writes it;
`rbroadmap.diff` says what changed between the two versions.
"""

from __future__ import annotations

from typing import final

import attrs
import pendulum

from rbroadmap import _checks

__all__ = ["Regulation"]


@final
@attrs.frozen(kw_only=True)
class Regulation:
    """Regulation (*peraturan*), as a road map cites it: instrument, number, year and date.

    Attributes:
        instrument: The kind of regulation (*jenis peraturan*) as written
            (``"Peraturan Wali Kota"``, ``"Perbup"``).
        number: Its number as written (``"41"``, ``"12.A"``).
        year: The year of the regulation, if given.
        enacted: The date it was enacted (*tanggal ditetapkan*), if given: a
            `pendulum.Date`; a standard-library `date` is accepted and turned
            into one, and a date-time into its own calendar date, as written
            (no time zone is applied).
        title: Its title (*tentang ...*), if given.

    >>> perwal = Regulation(instrument="Perwal", number="41", year=2021)
    >>> str(perwal)
    'Perwal 41/2021'
    """

    instrument: str = attrs.field(validator=_checks.text)
    number: str = attrs.field(validator=_checks.text)
    year: int | None = attrs.field(default=None, validator=_checks.optional_year)
    enacted: pendulum.Date | None = attrs.field(
        default=None, converter=_checks.to_date, validator=_checks.optional_date
    )
    title: str | None = attrs.field(default=None, validator=_checks.optional_text)

    def __str__(self) -> str:
        year = f"/{self.year}" if self.year is not None else ""
        return f"{self.instrument} {self.number}{year}"
