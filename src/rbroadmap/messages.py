"""Bilingual messages (*pesan dwibahasa*): every text shown to people.

Road maps are read by Indonesian civil servants and, often, by the developers
and analysts who build on them in English. Every message rbroadmap shows to a
person -- an error, a rule finding, an attainment explanation -- therefore
exists in both languages, and the caller chooses which one to show.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import Enum
from typing import Literal, Self, final

import attrs

__all__ = ["LabelledEnum", "Lang", "Message", "check_lang", "listed"]

Lang = Literal["id", "en"]
"""A language code: ``"id"`` for Indonesian (*Bahasa Indonesia*), ``"en"`` for English."""


def check_lang(lang: str) -> Lang:
    """Return *lang* if it is a supported language code.

    Args:
        lang: ``"id"`` or ``"en"``.

    Returns:
        The same code, typed as `Lang`.

    Raises:
        ValueError: If *lang* is neither ``"id"`` nor ``"en"``.

    >>> check_lang("en")
    'en'
    """
    if lang == "id":
        return "id"
    if lang == "en":
        return "en"
    msg = f"language must be 'id' (Indonesian) or 'en' (English), not {lang!r}"
    raise ValueError(msg)


@final
@attrs.frozen
class Message:
    """Message (*pesan*): one text in Indonesian and in English.

    Attributes:
        indonesian: The text in Indonesian (*Bahasa Indonesia*).
        english: The same text in English.

    >>> m = Message("target tidak valid", "invalid target")
    >>> m.get("id")
    'target tidak valid'
    >>> str(m)
    'invalid target'
    """

    indonesian: str
    english: str

    def get(self, lang: Lang) -> str:
        """Return the text in *lang* (``"id"`` or ``"en"``).

        >>> Message("halo", "hello").get("en")
        'hello'
        """
        return self.indonesian if check_lang(lang) == "id" else self.english

    def __str__(self) -> str:
        return self.english

    @classmethod
    def each(cls, write: Callable[[Lang], str]) -> Message:
        """Return the message *write* writes for each language: ``write("id")``, ``write("en")``.

        For a text that reads the same in both languages but for its numbers,
        which each language writes in its own notation (``91,67%``, ``91.67%``).

        >>> from decimal import Decimal
        >>> from rbroadmap.notation import format_number
        >>> Message.each(lambda lang: f"R/T = {format_number(Decimal('0.5'), lang=lang)}")
        Message(indonesian='R/T = 0,5', english='R/T = 0.5')
        """
        return cls(write("id"), write("en"))

    def prefixed(self, indonesian: str, english: str) -> Message:
        """Return a new message with a prefix put before each language's text.

        >>> Message("b", "b").prefixed("a: ", "a: ").english
        'a: b'
        """
        return Message(indonesian + self.indonesian, english + self.english)


def listed(parts: Sequence[Message]) -> Message:
    """*parts* as a list in each language: ``"a, b atau c"``, ``"a, b or c"``.

    >>> listed([Message("satu", "one"), Message("dua", "two"), Message("tiga", "three")])
    Message(indonesian='satu, dua atau tiga', english='one, two or three')
    >>> listed([Message("satu", "one")]).english
    'one'
    """
    if len(parts) < 2:
        return Message("".join(p.indonesian for p in parts), "".join(p.english for p in parts))
    head = parts[:-1]
    return Message(
        ", ".join(p.indonesian for p in head) + " atau " + parts[-1].indonesian,
        ", ".join(p.english for p in head) + " or " + parts[-1].english,
    )


class LabelledEnum(Enum):
    """Labelled enumeration (*enumerasi berlabel*): each member with a bilingual label.

    The base of rbroadmap's public enumerations. A member is declared with its
    value, then its label in Indonesian and in English, so that the label sits
    beside the member it names; the member's value stays the plain text that
    documents and records hold (``"cumulative"``), and `label` is what a
    person reads.

    >>> class Colour(LabelledEnum):
    ...     RED = "red", "Merah", "Red"
    >>> Colour.RED.value, Colour.RED.label.indonesian
    ('red', 'Merah')
    >>> Colour("red") is Colour.RED
    True
    """

    _value_: str
    _label: Message

    def __new__(cls, value: object, *label: str) -> Self:
        """Make a member from its value, its Indonesian label and its English label.

        Once the class is made, calling it looks a member up by value, as for
        any enumeration: ``Shape("cumulative")``.
        """
        indonesian, english = label
        if not isinstance(value, str):
            msg = f"a labelled enumeration's value is text, not {value!r}"
            raise TypeError(msg)
        member = object.__new__(cls)
        member._value_ = value
        member._label = Message(indonesian, english)
        return member

    @property
    def label(self) -> Message:
        """The member's name for people, in Indonesian and in English."""
        return self._label
