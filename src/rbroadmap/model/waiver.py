"""Waiver (*pengecualian*): a rule finding accepted on purpose, with its reason."""

from __future__ import annotations

from datetime import date
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
            accepted and turned into a `pendulum.Date`, and a date-time into
            its own calendar date, as written (no time zone is applied).

    >>> import pendulum
    >>> Waiver(code="RB402", entity_id="tatalaksana-3", reason="Tanggung jawab bersama",
    ...        expires=pendulum.date(2020, 12, 31)).expires
    Date(2020, 12, 31)
    """

    code: str = attrs.field(validator=_checks.text)
    entity_id: str = attrs.field(validator=_checks.identifier)
    reason: str = attrs.field(validator=_check_reason)
    expires: pendulum.Date | None = attrs.field(
        default=None, converter=_checks.to_date, validator=_checks.optional_date
    )

    def in_force(self, on: date) -> bool:
        """Whether the waiver is in force on the day *on* (its expiry day included).

        *on* is a date; a date-time is taken as its own calendar date.

        >>> import pendulum
        >>> w = Waiver(code="RB1", entity_id="a", reason="r", expires=pendulum.date(2020, 12, 31))
        >>> w.in_force(pendulum.date(2020, 12, 31)), w.in_force(pendulum.date(2021, 1, 1))
        (True, False)
        """
        day = _checks.calendar_date(on, "Waiver.in_force", "on")
        return self.expires is None or day <= self.expires
