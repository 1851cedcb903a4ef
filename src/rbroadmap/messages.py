"""Bilingual messages (*pesan dwibahasa*): every text shown to people.

Road maps are read by Indonesian civil servants and, often, by the developers
and analysts who build on them in English. Every message rbroadmap shows to a
person -- an error, a rule finding, an attainment explanation -- therefore
exists in both languages, and the caller chooses which one to show.
"""

from __future__ import annotations

from typing import Final, Literal, final

import attrs

__all__ = ["LANGUAGES", "Lang", "Message", "check_lang"]

Lang = Literal["id", "en"]
"""A language code: ``"id"`` for Indonesian (*Bahasa Indonesia*), ``"en"`` for English."""

LANGUAGES: Final[tuple[Lang, ...]] = ("id", "en")
"""The languages every message is written in, Indonesian first."""


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

    def prefixed(self, indonesian: str, english: str) -> Message:
        """Return a new message with a prefix put before each language's text.

        >>> Message("b", "b").prefixed("a: ", "a: ").english
        'a: b'
        """
        return Message(indonesian + self.indonesian, english + self.english)
