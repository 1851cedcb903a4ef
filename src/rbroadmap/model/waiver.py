"""Waiver (*pengecualian*): a rule finding accepted on purpose, with its reason."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING, Any, final

import attrs

from rbroadmap import _checks

if TYPE_CHECKING:
    import pendulum
else:
    # pendulum is needed for waivers' expiry dates only: imported when first used, so
    # that `import rbroadmap` does not wait for it.
    pendulum = _checks.LazyModule("pendulum")

__all__ = ["Waiver"]


def _date(value: date | None) -> pendulum.Date | None:
    """Turn a standard-library date into a pendulum date; leave anything else alone."""
    raw: object = value
    if isinstance(raw, date) and not isinstance(raw, pendulum.Date | datetime):
        return pendulum.Date(raw.year, raw.month, raw.day)
    return raw  # type: ignore[return-value]  # a pendulum.Date, or refused by the validator


def _check_expires(instance: Waiver, attribute: attrs.Attribute[Any], value: object) -> None:
    # _checks.optional_of(pendulum.Date), with pendulum imported only when a waiver is made
    if value is not None and not isinstance(value, pendulum.Date):
        raise _checks.wrong_type(instance, attribute.name, value, "Date | None")


def _check_reason(instance: Waiver, attribute: attrs.Attribute[Any], value: object) -> None:
    _checks.text(instance, attribute, value)
    if not str(value).strip():
        raise _checks.fail(
            instance,
            attribute.name,
            value,
            "pengecualian harus memberi alasan",
            "a waiver must give its reason",
        )


@final
@attrs.frozen(kw_only=True)
class Waiver:
    """Waiver (*pengecualian*): a rule finding accepted on purpose, with a reason.

    Kept in the road map's own data, so that everyone who reads the road map
    sees what was accepted, why, and until when. `rbroadmap.validate` reports a
    waived finding as waived, and reports the waivers that have expired or that
    match nothing.

    Attributes:
        code: The code of the rule it waives (``"RB402"``).
        entity_id: The id of the entity whose finding it waives.
        reason: Why the finding is accepted, as written.
        expires: The last day the waiver is in force (a `pendulum.Date`), or
            ``None`` if it does not expire. A standard-library `date` is
            accepted and turned into a `pendulum.Date`.

    >>> import pendulum
    >>> Waiver(code="RB402", entity_id="tatalaksana-3", reason="Tanggung jawab bersama",
    ...        expires=pendulum.date(2020, 12, 31)).expires
    Date(2020, 12, 31)
    """

    code: str = attrs.field(validator=_checks.text)
    entity_id: str = attrs.field(validator=_checks.identifier)
    reason: str = attrs.field(validator=_check_reason)
    expires: pendulum.Date | None = attrs.field(
        default=None, converter=_date, validator=_check_expires
    )

    def in_force(self, on: date) -> bool:
        """Whether the waiver is in force on the day *on* (its expiry day included).

        >>> import pendulum
        >>> w = Waiver(code="RB1", entity_id="a", reason="r", expires=pendulum.date(2020, 12, 31))
        >>> w.in_force(pendulum.date(2020, 12, 31)), w.in_force(pendulum.date(2021, 1, 1))
        (True, False)
        """
        return self.expires is None or on <= self.expires
