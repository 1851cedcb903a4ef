"""Errors (*galat*): one small taxonomy under `RoadmapError`.

Every error rbroadmap raises is a `RoadmapError`, and also the standard
exception it resembles, so that callers can catch either:

* `NotationError` (a `ValueError`): text that is not valid Indonesian notation,
  such as ``"25%%"`` given to `rbroadmap.parse_value`.
* `ModelError` (a `ValueError`): a value that makes a domain object
  meaningless, such as a negative budget or a target year outside the period.
  `ModelTypeError` (also a `TypeError`) when the value has the wrong type;
  `IntegrityError` when the parts of a road map do not fit together, listing
  every such problem.
* `DataError` (a `ValueError`): a document that cannot be loaded; it lists
  every problem found, each with a JSON path.
* `UnknownIdError` (a `KeyError`): an id that names nothing in the road map.

Each error carries a bilingual `rbroadmap.messages.Message`; ``str(error)`` is
the English text and ``error.message.indonesian`` the Indonesian one. Every
error pickles, to cross a process boundary, with its message unchanged; a value
it holds that is not plain data of a bounded size travels as a `ShownValue`.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from datetime import date, time, timedelta
from decimal import Decimal
from enum import Enum
from fractions import Fraction
from typing import Any, Final, final

import attrs

from rbroadmap._text import escape_surrogates, shorten
from rbroadmap.messages import Lang, Message

__all__ = [
    "DataError",
    "ErrorDetail",
    "IntegrityError",
    "ModelError",
    "ModelTypeError",
    "NotationError",
    "RoadmapError",
    "ShownValue",
    "UnknownIdError",
    "quote",
]

_QUOTE_LIMIT: Final = 60
_SHOWN_INT_BITS: Final = 3_000  # about 900 digits: shown, then cut like any long text


def quote(value: object) -> str:
    """Return a short, safe rendering of *value* for an error message.

    Long text is cut, and its length given, so that an error about a 1 MB
    string stays readable. A value that cannot be shown at all is named by its
    type: a whole number too long for Python to write (over 4,300 digits) by
    its number of digits, a list nested too deeply or an object whose
    ``repr`` fails by its type. Text and whole numbers are shown as the
    standard types show them, whatever a subclass does to ``repr``, ``str``
    or ``len``. Quoting never raises, and its result is always plain `str`
    that encodes as UTF-8 (a lone surrogate is shown escaped, as Python writes it).

    >>> quote("25%%")
    "'25%%'"
    >>> quote("x" * 100)
    "'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…' (100 characters)"
    >>> quote(10**5000)
    '<int of 5001 digits>'
    >>> class Odd(str):
    ...     def __repr__(self):
    ...         raise RuntimeError("no repr")
    >>> quote(Odd("BKPSDM"))
    "'BKPSDM'"
    """
    try:
        return _quote(value)
    except Exception:  # a subclass that lies about what it is, or a type without a name
        return f"<{_type_name(value)}>"


def _quote(value: object) -> str:
    if isinstance(value, str):
        text = str.__str__(value)  # a plain copy: a subclass's methods are never called
        if len(text) > _QUOTE_LIMIT:
            return f"{_escaped(shorten(text, _QUOTE_LIMIT))} ({len(text)} characters)"
        return _escaped(text)
    if isinstance(value, int) and int.bit_length(value) > _SHOWN_INT_BITS:
        return f"<{_type_name(value)} of {_digits(int.__int__(value))} digits>"
    try:
        text = repr(value)
    except Exception:  # too deep, too long for Python, or a repr that fails
        return f"<{_type_name(value)}>"
    return escape_surrogates(shorten(str.__str__(text), _QUOTE_LIMIT))


def _escaped(text: str) -> str:
    """``repr`` of plain text: quoted, with lone surrogates and controls escaped."""
    return str.__repr__(text)


def _type_name(value: object) -> str:
    """The name of *value*'s type, or ``object`` if even that cannot be read."""
    try:
        return str.__str__(type(value).__name__)
    except Exception:  # a metaclass whose __name__ is not text
        return "object"


def _digits(value: int) -> int:
    """The number of decimal digits of *value*, without writing it out."""
    magnitude = abs(value)
    estimate = int((magnitude.bit_length() - 1) * math.log10(2)) + 1  # exact or one short
    return estimate + 1 if magnitude >= 10**estimate else estimate


@final
@attrs.frozen(kw_only=True)
class ShownValue:
    """Shown value (*nilai tertampil*): an offending value, as its error showed it.

    An error keeps the value it refuses (`ModelError.value`,
    `NotationError.text_given`, ...). A pickled error -- one returned from a
    worker process, say -- carries that value along only when it is plain data
    of a bounded size: ``None``, a bool, a number, a date, text of at most
    1,000 characters, an object of rbroadmap, or a short list, tuple, set or
    dict of these. Any other value (a generator, a lock, a list nested 100,000
    deep, a megabyte of text, an object of the caller's own class) travels as
    a `ShownValue` instead: the name of its type and the text the error's
    message quotes it by. The error's message is the same on both sides.

    Attributes:
        type_name: The name of the value's type (``"generator"``).
        text: The value as `quote` shows it.

    >>> ShownValue.of(x for x in "ab").type_name
    'generator'
    """

    type_name: str
    text: str

    @classmethod
    def of(cls, value: object) -> ShownValue:
        """Show *value*: its type's name and its quoted text."""
        return cls(type_name=_type_name(value), text=quote(value))


_PORTABLE_TEXT: Final = 1_000
"""The longest text a pickled error carries as it is."""

_PORTABLE_ITEMS: Final = 1_000
"""The most items, all levels together, of a list, tuple, set or dict it carries."""

_PORTABLE_DEPTH: Final = 20
"""The deepest nesting of lists, tuples, sets and dicts it carries."""

_PLAIN: Final = (float, complex, Decimal, Fraction, timedelta)


def _portable(value: object) -> object:
    """*value* if a pickled error can carry it safely, else its `ShownValue`."""
    budget = [_PORTABLE_ITEMS]
    try:
        if _is_portable(value, budget, _PORTABLE_DEPTH):
            return value
    except Exception:  # a container whose methods fail: shown, not carried
        pass
    return ShownValue.of(value)


def _is_portable(value: object, budget: list[int], depth: int) -> bool:
    kind = type(value)
    package = kind.__module__.partition(".")[0]
    if value is None or kind is bool or kind in _PLAIN:
        return True
    if isinstance(value, date | time):
        return package in ("datetime", "pendulum")  # not a subclass of the caller's own
    if kind is int:
        return int.bit_length(value) <= _SHOWN_INT_BITS  # type: ignore[arg-type]
    if kind is str or kind is bytes:
        return len(value) <= _PORTABLE_TEXT  # type: ignore[arg-type]
    if package == "rbroadmap":
        # the library's values pickle: a test proves it for each public class
        return attrs.has(kind) or isinstance(value, Enum)
    if kind in (tuple, list, frozenset, set, dict) and depth > 0:
        items: Any = value
        budget[0] -= len(items)
        if budget[0] < 0:
            return False
        if kind is dict:
            items = [part for pair in items.items() for part in pair]
        return all(_is_portable(item, budget, depth - 1) for item in items)
    return False


def _portable_state(state: dict[str, Any]) -> dict[str, Any]:
    """An error's attributes, each as a pickled error can carry it."""
    portable = {name: _portable(value) for name, value in state.items()}
    notes = state.get("__notes__")
    if isinstance(notes, list):  # notes of other libraries may be text of their own types
        portable["__notes__"] = [_plain_text(note) for note in notes]
    return portable


def _plain_text(value: object) -> str:
    """*value* as plain `str`: a copy of text, or the quote of anything else."""
    try:
        return str.__str__(value) if isinstance(value, str) else quote(value)
    except Exception:  # an object that claims to be text and is not
        return quote(value)


def _restore(cls: type[RoadmapError], args: tuple[Any, ...], state: dict[str, Any]) -> RoadmapError:
    error = cls.__new__(cls, *args)
    error.args = args
    error.__dict__.update(state)
    return error


class RoadmapError(Exception):
    """Root of every error rbroadmap raises (*galat rbroadmap*).

    Attributes:
        message: The error in Indonesian and English.
    """

    message: Message

    def __init__(self, message: Message) -> None:
        super().__init__(message.english)
        self.message = message

    def __str__(self) -> str:
        return self.message.english

    def text(self, lang: Lang) -> str:
        """Return the error message in *lang* (``"id"`` or ``"en"``)."""
        return self.message.get(lang)

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickle with the message, and every attribute as `ShownValue` says."""
        args = tuple(_plain_text(arg) for arg in self.args)  # the message in English
        return (_restore, (type(self), args, _portable_state(self.__dict__)))


class NotationError(RoadmapError, ValueError):
    """Text that is not valid notation (*notasi tidak valid*).

    Raised by `rbroadmap.parse_value` and `rbroadmap.parse_rupiah`.

    Attributes:
        text: The offending text, exactly as given.
        expected: What the notation should look like, in both languages.
        hint: A likely fix, when one can be told (``"use a decimal comma"``).
    """

    text_given: str
    expected: Message
    hint: Message | None

    def __init__(
        self,
        text: str,
        *,
        what: Message,
        expected: Message,
        hint: Message | None = None,
    ) -> None:
        q = quote(text)
        shown = expected if hint is None else hint
        id_text = f"{q} bukan {what.indonesian} yang valid: {shown.indonesian}"
        en_text = f"{q} is not a valid {what.english}: {shown.english}"
        super().__init__(Message(id_text, en_text))
        self.text_given = text
        self.expected = expected
        self.hint = hint


class ModelError(RoadmapError, ValueError):
    """A value that makes a domain object meaningless (*nilai tidak bermakna*).

    Raised when a domain object is built, for example with a negative budget, a
    target year outside the road map's period, or two entities sharing an id.

    Attributes:
        entity: The name of the class being built (``"Action"``).
        field: The field that holds the bad value (``"budget"``).
        value: The offending value (in a pickled error, a `ShownValue` when
            the value is not plain data of a bounded size).
        path: Where the value sits inside the object being built, in the form
            of a JSON path relative to it (``"areas[2].actions[0].budget"``),
            or the field name alone.
    """

    entity: str
    field: str
    value: object
    path: str

    def __init__(
        self,
        message: Message,
        *,
        entity: str,
        field: str,
        value: object,
        path: str | None = None,
    ) -> None:
        super().__init__(message)
        self.entity = entity
        self.field = field
        self.value = value
        self.path = field if path is None else path


class ModelTypeError(ModelError, TypeError):
    """A value of the wrong type for a domain object's field (*tipe salah*)."""


@final
@attrs.frozen
class ErrorDetail:
    """One problem found while loading a document (*rincian galat*).

    Attributes:
        path: A JSON path to the bad value, such as
            ``$.areas[2].actions[0].targets["2019"]``.
        message: What is wrong and what was expected, in both languages.
    """

    path: str
    message: Message

    def text(self, lang: Lang) -> str:
        """Return ``"<path>: <message>"`` in *lang*."""
        return f"{self.path}: {self.message.get(lang)}"


class IntegrityError(ModelError):
    """Parts of a road map that do not fit together (*galat keutuhan*), every one of them.

    Raised when a `rbroadmap.RoadMap` is built: ids used twice, years outside
    the period, quick wins naming no priority service. Its message, entity,
    field, value and path are those of the first problem in document order;
    `problems` lists them all, each path once, and `rbroadmap.from_dict`
    reports each at its JSON path.

    Attributes:
        problems: Every problem found, in document order, each with its path
            within the road map (``"areas[0].actions[1].targets[2025]"``).
    """

    problems: tuple[ErrorDetail, ...]

    def __init__(self, problems: Iterable[ModelError]) -> None:
        found = tuple(problems)
        if not found:
            msg = "an IntegrityError needs at least one problem"
            raise ValueError(msg)
        first = found[0]
        more = len(found) - 1
        message = first.message
        if more:
            message = Message(
                f"{message.indonesian} (dan {more} masalah lain)",
                f"{message.english} (and {more} more problem{'s' * (more != 1)})",
            )
        super().__init__(
            message, entity=first.entity, field=first.field, value=first.value, path=first.path
        )
        self.problems = tuple(ErrorDetail(p.path, p.message) for p in found)


class DataError(RoadmapError, ValueError):
    """A document that cannot be loaded (*data tidak valid*).

    It lists every problem found, not only the first one.

    Attributes:
        details: Every problem found, each with a JSON path and a message.
    """

    details: tuple[ErrorDetail, ...]

    _SHOWN: Final = 10

    def __init__(self, details: Iterable[ErrorDetail]) -> None:
        found = tuple(details)
        n = len(found)
        shown = found[: self._SHOWN]
        more_id = f"\n  … dan {n - self._SHOWN} lagi" if n > self._SHOWN else ""
        more_en = f"\n  … and {n - self._SHOWN} more" if n > self._SHOWN else ""
        id_text = f"dokumen tidak valid ({n} masalah):" + "".join(
            f"\n  {d.text('id')}" for d in shown
        )
        en_text = f"invalid document ({n} problem{'s' if n != 1 else ''}):" + "".join(
            f"\n  {d.text('en')}" for d in shown
        )
        super().__init__(Message(id_text + more_id, en_text + more_en))
        self.details = found

    @property
    def paths(self) -> tuple[str, ...]:
        """The JSON path of every problem, in the order found."""
        return tuple(d.path for d in self.details)


class UnknownIdError(RoadmapError, KeyError):
    """An id that names nothing in the road map (*id tidak dikenal*).

    Attributes:
        id: The id that was asked for.
        suggestion: The closest known id, if one is close enough.
    """

    id: str
    suggestion: str | None

    def __init__(self, id: str, *, suggestion: str | None = None) -> None:
        id_text = f"tidak ada entitas dengan id {quote(id)}"
        en_text = f"no entity has the id {quote(id)}"
        if suggestion is not None:
            id_text += f"; maksud Anda {suggestion!r}?"
            en_text += f"; did you mean {suggestion!r}?"
        super().__init__(Message(id_text, en_text))
        self.id = id
        self.suggestion = suggestion
