"""Text keys (private): one way to compare, shorten and suggest names, in linear time.

Names are written by many hands: ``Bag.  Organisasi SETDA``, ``bag. organisasi
setda``, ``Bag.Organisasi Setda``. Every part of rbroadmap that asks whether two
texts name the same thing, quotes a text in a message or suggests a name asks
this module, so that the answer is the same everywhere:

* `name_key`: the key a name resolves by (case and runs of spaces aside), used
  by the unit registry, programmes, area sets, scales and realisations;
* `compact`: the looser key that also ignores spaces and punctuation, for
  spelling variants (*sumberdaya* for *sumber daya*);
* `shorten`: the one way a long text is cut for a message or a display, from
  its start or its end, at a character or at a word; `clip` and `tail` quote it
  for rule messages;
* `Suggester`: the one "did you mean", with bounded work per question;
* `split_names` and `word_core`: the separators of a cell that names several
  units, and a word without the punctuation around it;
* `lone_surrogate` and `escape_surrogates`: where a text holds half of a UTF-16
  pair, which no UTF-8 encoder takes, and the text with it shown escaped.

Every function here takes time linear in the length of the text it is given
(`Suggester.closest` at most linear, and bounded for long names): texts come
from documents that users upload, and a run of 40,000 spaces or dashes must
not cost more than 40,000 letters. None of them uses a regular expression that
can backtrack over a run of characters.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Iterable
from difflib import SequenceMatcher
from typing import Final, Literal, final

__all__ = [
    "CODE_CUTOFF",
    "ELLIPSIS",
    "MAX_SUGGESTED_LENGTH",
    "Suggester",
    "clip",
    "compact",
    "escape_surrogates",
    "lone_surrogate",
    "name_key",
    "shorten",
    "split_names",
    "tail",
    "trigrams",
    "word_core",
]

ELLIPSIS: Final = "…"
"""The mark of a cut: one character, so that a shortened text keeps its width."""


def name_key(name: str) -> str:
    """Return the key a name resolves by: case-folded, runs of spaces collapsed.

    Two names with the same key name the same thing (a unit, a programme, a
    standard area, a grade).

    >>> name_key("  Bag.  Organisasi SETDA ")
    'bag. organisasi setda'
    >>> name_key("Program Foo") == name_key("program  foo")
    True
    """
    return " ".join(name.casefold().split())


_SURROGATE: Final = re.compile("[\ud800-\udfff]")


def lone_surrogate(text: str) -> int | None:
    r"""Return the position of the first lone surrogate in *text*, or ``None`` if it has none.

    A lone surrogate (U+D800 to U+DFFF) is half of a UTF-16 pair, not a
    character: text holding one cannot be written as UTF-8. It comes from
    text decoded wrongly, or from a JSON escape such as ``"\ud800"``.

    >>> lone_surrogate("Setda\ud800"), lone_surrogate("Setda")
    (5, None)
    """
    if text.isascii():
        return None
    found = _SURROGATE.search(text)
    return None if found is None else found.start()


def escape_surrogates(text: str) -> str:
    r"""Return *text* with every lone surrogate written as its escape, as Python writes it.

    >>> print(escape_surrogates("Setda\ud800"))
    Setda\ud800
    """
    if lone_surrogate(text) is None:
        return text
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


def compact(text: str) -> str:
    """Return *text* case-folded with everything but letters and digits removed.

    Two spellings that differ only in spaces or punctuation have the same key.

    >>> compact("Program Kapasitas Sumber Daya") == compact("program kapasitas sumberdaya")
    True
    >>> compact("Bag. Organisasi  Setda")
    'bagorganisasisetda'
    """
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def shorten(
    text: str,
    limit: int,
    *,
    keep: Literal["start", "end"] = "start",
    at_word: bool = False,
) -> str:
    """Return *text*, or, when it is longer than *limit*, *limit* characters of it and ``…``.

    Args:
        text: The text.
        limit: How many characters of a longer text to keep (at least 1).
        keep: Keep the ``"start"`` of the text (``…`` at the end) or its ``"end"``
            (``…`` first).
        at_word: Cut at a space instead of inside a word: the kept part loses
            the word the cut falls in, unless it is the only word.

    >>> shorten("Peningkatan kapasitas aparatur", 15)
    'Peningkatan kap…'
    >>> shorten("Peningkatan kapasitas aparatur", 15, at_word=True)
    'Peningkatan…'
    >>> shorten("Peningkatan kapasitas aparatur", 15, keep="end", at_word=True)
    '…aparatur'
    >>> shorten("pendek", 15)
    'pendek'
    """
    if len(text) <= limit:
        return text
    limit = max(limit, 1)
    if keep == "start":
        kept = text[:limit]
        if at_word:
            kept = kept.rsplit(" ", 1)[0]
        return kept + ELLIPSIS
    kept = text[len(text) - limit :]
    if at_word:
        kept = kept.split(" ", 1)[-1]
    return ELLIPSIS + kept


def clip(text: str, limit: int = 100) -> str:
    """Return *text* quoted for a message, its spaces collapsed, cut at a word after *limit*.

    >>> clip("Program peningkatan kapasitas kinerja lembaga dan aparatur pemerintah", 40)
    "'Program peningkatan kapasitas kinerja…'"
    """
    return f"'{shorten(' '.join(text.split()), limit, at_word=True)}'"


def tail(text: str, limit: int = 60) -> str:
    """Return the end of *text* quoted for a message, its spaces collapsed, cut at a word.

    >>> tail("Belum optimalnya penerapan kendali mutu pengawasan mulai dari perencanaan", 30)
    "'…mulai dari perencanaan'"
    """
    return f"'{shorten(' '.join(text.split()), limit, keep='end', at_word=True)}'"


# No separator is surrounded by optional spaces in the pattern: ``\s*`` before an
# alternative makes the engine rescan a run of spaces from every position in it.
_NAME_SEPARATORS: Final = re.compile(r"[,;/&+]|\bdan\b", re.IGNORECASE)


def split_names(text: str) -> list[str]:
    """Return the parts of a cell that names several names, stripped, empty ones left out.

    Names are separated by ``,`` ``;`` ``/`` ``&`` ``+`` or the word *dan* (and).

    >>> split_names("Bagian Organisasi, BKPSDM dan  Inspektorat")
    ['Bagian Organisasi', 'BKPSDM', 'Inspektorat']
    >>> split_names("Badan Kepegawaian")  # "dan" inside a word is no separator
    ['Badan Kepegawaian']
    """
    return [part for piece in _NAME_SEPARATORS.split(text) if (part := piece.strip())]


_WORD_CHARACTER: Final = re.compile(r"\w")


def word_core(text: str) -> str:
    """Return *text* without the characters at either end that are not word characters.

    Word characters are letters, digits and ``_``, as regular expressions read them.

    >>> word_core("(oleh),")
    'oleh'
    >>> word_core("--")
    ''
    """
    first = _WORD_CHARACTER.search(text)
    if first is None:
        return ""
    last = _WORD_CHARACTER.search(text[::-1])
    assert last is not None  # the text holds a word character
    return text[first.start() : len(text) - last.start()]


# -- "did you mean"

MAX_SUGGESTED_LENGTH: Final = 128
"""The longest name, in letters and digits, that is suggested or given a suggestion.

No unit, programme, area-set code or id is longer (ids are at most 128
characters), and comparing two names costs up to the product of their lengths;
a longer text gets no suggestion instead of a slow one."""

_POSTINGS: Final = 1024
"""Names considered for each trigram of a question; more only in registries this large."""

CODE_CUTOFF: Final = 0.6
"""The similarity a code or key needs to be suggested (names need 0.75, the default).

Codes and keys are short (``permenpanrb-11-2015``, ``organisasi``, ``area_set``):
a slip of two characters in one of ten letters leaves a similarity of 0.8 at
best, and often less."""


def trigrams(text: str) -> set[str]:
    """Return the trigrams of *text*: its three-character sequences, padded at both ends.

    The padding (two spaces before, one after) gives the first letters and the
    last one trigrams of their own, so that short texts can be compared too.

    >>> sorted(trigrams("spip"))
    ['  s', ' sp', 'ip ', 'pip', 'spi']
    """
    padded = f"  {text} "
    return {padded[i : i + 3] for i in range(len(padded) - 2)}


@final
class Suggester:
    """Closest-name finder (*pencari nama terdekat*): the "did you mean" of every message.

    Known names are indexed by the trigrams (three-character sequences) of their
    `compact` form. A question scores only names that share a trigram with it:
    of those, at most *limit*, those sharing the most first, and only names
    whose length could reach *cutoff* at all (two names of lengths *a* and *b*
    are at most ``2·min(a, b) / (a + b)`` alike). The score is difflib's ratio
    of the compact forms. Names longer than `MAX_SUGGESTED_LENGTH` are neither
    indexed nor answered, and each trigram brings at most 1,024 names, those
    nearest the question in length, so one question costs time bounded by
    these limits, whatever the length of the text asked about or the number
    of known names.

    A known name may be given with the answer to suggest for it, such as an
    alias with its unit's canonical name: ``("Bagian Organisasi", "Bag.
    Organisasi Setda")``.

    Attributes:
        comparisons: How many names were scored so far: at most *limit* per
            question.

    >>> s = Suggester(["DPMPTSP", "Diskominfo", ("Badan Kepegawaian", "BKPSDM")])
    >>> s.closest("DPMPPTSP")
    'DPMPTSP'
    >>> s.closest("Badan Kepegawaan")
    'BKPSDM'
    >>> s.closest("Walikota") is None
    True
    """

    def __init__(
        self,
        names: Iterable[str | tuple[str, str]],
        *,
        cutoff: float = 0.75,
        limit: int = 24,
    ) -> None:
        self._answers: list[str] = []
        self._keys: list[str] = []
        index: dict[str, list[int]] = defaultdict(list)
        self._cutoff = cutoff
        self._limit = limit
        self.comparisons = 0
        seen: set[str] = set()
        for entry in names:
            name, answer = (entry, entry) if isinstance(entry, str) else entry
            key = compact(name)
            if not key or len(key) > MAX_SUGGESTED_LENGTH or key in seen:
                continue
            seen.add(key)
            position = len(self._keys)
            self._answers.append(answer)
            self._keys.append(key)
            for gram in trigrams(key):
                index[gram].append(position)
        # Each trigram's names in order of length, so that a question takes the names
        # nearest its own length when a trigram is shared by more than `_POSTINGS`.
        keys = self._keys
        self._index: dict[str, tuple[list[int], list[int]]] = {}
        for gram, positions in index.items():
            positions.sort(key=lambda p: (len(keys[p]), p))
            self._index[gram] = (positions, [len(keys[p]) for p in positions])

    def closest(self, name: str) -> str | None:
        """Return the answer for the known name closest to *name*, or ``None`` if none is close.

        >>> Suggester(["Inspektorat"]).closest("Inspektorat " * 100) is None  # too long
        True
        """
        key = compact(name)
        if not key or len(key) > MAX_SUGGESTED_LENGTH:
            return None
        best: tuple[float, int] | None = None
        for position in self._candidates(key):
            other = self._keys[position]
            if 2.0 * min(len(key), len(other)) / (len(key) + len(other)) < self._cutoff:
                continue  # even the same letters in the same order would not be close enough
            self.comparisons += 1
            ratio = SequenceMatcher(None, key, other).ratio()
            if ratio >= self._cutoff and (best is None or ratio > best[0]):
                best = (ratio, position)
        return None if best is None else self._answers[best[1]]

    def _candidates(self, key: str) -> list[int]:
        shared: Counter[int] = Counter()
        for gram in trigrams(key):
            entry = self._index.get(gram)
            if entry is None:
                continue
            positions, lengths = entry
            if len(positions) > _POSTINGS:
                # the `_POSTINGS` names nearest the question's length
                middle = bisect_left(lengths, len(key))
                start = max(0, min(middle - _POSTINGS // 2, len(positions) - _POSTINGS))
                positions = positions[start : start + _POSTINGS]
            shared.update(positions)
        keys = self._keys
        ranked = sorted(
            shared.items(),
            key=lambda pair: (-pair[1], abs(len(keys[pair[0]]) - len(key)), pair[0]),
        )
        return [position for position, _ in ranked[: self._limit]]
