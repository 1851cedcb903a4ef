"""Explanations written when first read (private).

A report explains every figure in two languages, and most of its explanations are
never read: a national portfolio is attained for its figures, and a dashboard
shows a few explanations of the rows a user opens. Writing them all while
computing the figures was most of the work of `rbroadmap.attain`. So a report's
objects hold, for each explanation, a `Later`: the function that writes it and
what it needs. The explanation is written the first time it is read, kept, and
is the same text it would have been if written at once.

A class with such a field stores it privately (``_explanation``, given to the
constructor as ``explanation=``, a `Message` or a `Later`) and reads it through a
property (`read`). Equality, hashing and ``repr`` compare and show the message
(`message`), and a `Later` pickles as the message it writes, so that nothing of
the deferral is seen from outside.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeAlias, final

import attrs

from rbroadmap.messages import Message

__all__ = [
    "Explanation",
    "Later",
    "lazy_repr",
    "message",
    "optional",
    "read",
    "read_optional",
    "show",
    "show_optional",
]


@final
class Later(tuple[Any, ...]):
    """A message not yet written: ``Later(write, *args)`` writes it as ``write(*args)``.

    A tuple of the function and its arguments: one object for the collector to
    track, however many arguments.
    """

    __slots__ = ()

    def __new__(cls, write: Callable[..., Message], *args: Any) -> Later:
        return tuple.__new__(cls, (write, *args))

    def __call__(self) -> Message:
        write: Callable[..., Message] = self[0]
        return write(*self[1:])

    def __reduce__(self) -> tuple[type[Message], tuple[str, str]]:
        written = self()
        return Message, (written.indonesian, written.english)

    def __repr__(self) -> str:
        return repr(self())


Explanation: TypeAlias = Message | Later
"""A message, or what writes it when first read."""


def message(value: Explanation) -> Message:
    """The message *value* is, or writes."""
    return value() if isinstance(value, Later) else value


def optional(value: Explanation | None) -> Message | None:
    """The message *value* is, or writes; ``None`` stays ``None``."""
    return None if value is None else message(value)


def read(obj: object, name: str) -> Message:
    """The message of *obj*'s private field *name*, written and kept if not yet written."""
    value = getattr(obj, name)
    if type(value) is Later:
        value = value()
        object.__setattr__(obj, name, value)
    return value  # type: ignore[no-any-return]


def read_optional(obj: object, name: str) -> Message | None:
    """As `read`, for a field that may hold ``None``."""
    value = getattr(obj, name)
    if value is None:
        return None
    return read(obj, name)


def show(value: Explanation) -> str:
    """The ``repr`` of the message *value* is, or writes."""
    return repr(message(value))


def show_optional(value: Explanation | None) -> str:
    """The ``repr`` of the message *value* is, or writes, or of ``None``."""
    return repr(optional(value))


def lazy_repr(self: object) -> str:
    """The ``repr`` of an attrs object, naming each private field by its constructor name."""
    shown = []
    for a in attrs.fields(type(self)):  # type: ignore[arg-type]
        if not a.repr:
            continue
        value = getattr(self, a.name)
        text = a.repr(value) if callable(a.repr) else repr(value)
        shown.append(f"{a.alias}={text}")
    return f"{type(self).__name__}({', '.join(shown)})"
