"""Text comparisons shared by the rules (private): normalising, near-duplicates, typos.

Every tool here runs in time linear in the amount of text it is given. None of
them compares every pair of texts:

* `normalise` and `tokens` turn text into a comparable key.
* `NearDuplicates` finds texts whose word sets overlap by a Jaccard similarity
  of at least a threshold, with MinHash signatures cut into bands (locality-
  sensitive hashing): only texts that share a band are compared, and each text
  is compared with a bounded number of others.
* `edit_neighbours` finds words one edit apart through deletion neighbourhoods
  (every word with one letter left out), as symmetric-delete spelling
  correctors do.

Keys, shortened quotes and "did you mean" suggestions, which the rest of the
library shares, are in `rbroadmap._text`.
"""

from __future__ import annotations

import functools
import hashlib
import re
import struct
from collections import defaultdict
from collections.abc import Hashable, Iterable, Iterator, Sequence
from typing import Final, Generic, TypeVar

__all__ = [
    "MAX_WORD_LENGTH",
    "STOPWORDS",
    "NearDuplicates",
    "edit_neighbours",
    "jaccard",
    "normalise",
    "tokens",
    "words",
]

K = TypeVar("K", bound=Hashable)

_MARKUP: Final = re.compile(r"<[^<>]{0,40}>|[*_`]")
_LABEL: Final = re.compile(r"^\s*(?:[-•–]\s*|\(?[a-z0-9]{1,3}[.)]\s+)", re.IGNORECASE)
_NOT_WORD: Final = re.compile(r"[^\w]+")
_WORD: Final = re.compile(r"[^\W\d_]+")


@functools.lru_cache(maxsize=8192)
def normalise(text: str) -> str:
    """Return *text* as a comparison key: case-folded, without markup, list label or punctuation.

    >>> normalise("  i. Pemanfaatan dokumen *kinerja* secara optimal;")
    'pemanfaatan dokumen kinerja secara optimal'
    """
    text = _MARKUP.sub("", text)
    text = _LABEL.sub("", text, count=1)
    return " ".join(_NOT_WORD.sub(" ", text.casefold()).replace("_", " ").split())


def tokens(text: str) -> tuple[str, ...]:
    """Return the words of *text* after `normalise`.

    >>> tokens("Sosialisasi dan Monev Implementasi SPIP")
    ('sosialisasi', 'dan', 'monev', 'implementasi', 'spip')
    """
    return tuple(normalise(text).split())


def words(text: str) -> Iterator[str]:
    """Yield the runs of letters in *text*, as written (case kept, no digits).

    >>> list(words("e-audit 3 in 1"))
    ['e', 'audit', 'in']
    """
    return iter(_WORD.findall(_MARKUP.sub("", text)))  # the pattern has no group: whole matches


STOPWORDS: Final = frozenset(
    {
        "dan",
        "yang",
        "serta",
        "atau",
        "di",
        "ke",
        "dari",
        "untuk",
        "pada",
        "dengan",
        "dalam",
        "oleh",
        "bagi",
        "terhadap",
        "secara",
        "the",
        "of",
        "and",
    }
)
"""Words that carry no content of their own, left out of word-set comparisons."""


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    """Return the Jaccard similarity of two sets: shared over all.

    >>> jaccard(frozenset("abc"), frozenset("abd"))
    0.5
    """
    if not a and not b:
        return 1.0
    return len(a & b) / len(a | b)


# -- near-duplicates: MinHash signatures, cut into bands

_ROWS: Final = 4
_BANDS: Final = 20
_HASHES: Final = _ROWS * _BANDS
_UNPACK: Final = struct.Struct(f">{_HASHES}I")


@functools.lru_cache(maxsize=65_536)
def _token_hashes(token: str) -> tuple[int, ...]:
    """Eighty independent 32-bit hashes of one token, the same on every run."""
    hashes: tuple[int, ...] = _UNPACK.unpack(hashlib.shake_128(token.encode()).digest(_UNPACK.size))
    return hashes


def _signature(token_set: frozenset[str]) -> bytes:
    """The MinHash signature of a set of words, packed into bytes (4 bytes a hash)."""
    hashes = [_token_hashes(t) for t in token_set]
    return _UNPACK.pack(*(hashes[0] if len(hashes) == 1 else map(min, *hashes)))


class NearDuplicates(Generic[K]):
    """Near-duplicate finder (*pendeteksi hampir-kembar*) over word sets.

    Add texts one by one; each new text is reported with the earlier texts of
    the same scope whose word sets have a Jaccard similarity of at least
    *threshold*. Words that carry no content (*dan*, *yang*, *serta*, ...) are
    left out. Candidates come from MinHash signatures of 80 hash functions
    (SHAKE-128 of each word, so the same on every run) cut into 20 bands of 4:
    two texts are compared only if a band of their signatures is equal. A pair
    at similarity 0,7 shares a band with probability above 99,5%; at 0,3, below
    one in six. A text is compared with at most *limit* earlier texts, so the
    cost per text is bounded.

    >>> finder = NearDuplicates[str](threshold=0.7)
    >>> finder.add("a", "peningkatan kompetensi APIP secara efektif dan efisien")
    []
    >>> finder.add("b", "peningkatan kompetensi APIP secara efektif dan efisien terintegrasi")
    [('a', 0.833)]
    """

    def __init__(self, *, threshold: float, min_tokens: int = 4, limit: int = 32) -> None:
        self._threshold = threshold
        self._min_tokens = min_tokens
        self._limit = limit
        self._sets: dict[K, frozenset[str]] = {}
        self.comparisons = 0
        """How many pairs were compared so far: at most *limit* per text added."""
        self._scopes: dict[Hashable, list[dict[bytes, list[K]]]] = {}

    def add(self, key: K, text: str, *, scope: Hashable = None) -> list[tuple[K, float]]:
        """Add a text and return the earlier keys it nearly duplicates, best first."""
        token_set = frozenset(t for t in tokens(text) if t not in STOPWORDS)
        if len(token_set) < self._min_tokens:
            return []
        signature = _signature(token_set)
        bands = self._scopes.get(scope)
        if bands is None:
            bands = self._scopes[scope] = [{} for _ in range(_BANDS)]
        limit = self._limit
        seen: set[K] = set()
        found: list[tuple[K, float]] = []
        width = 4 * _ROWS
        for band, buckets in enumerate(bands):
            band_key = signature[band * width : (band + 1) * width]
            bucket = buckets.get(band_key)
            if bucket is None:
                buckets[band_key] = [key]
                continue
            for other in bucket:
                if other in seen or len(seen) >= limit:
                    continue
                seen.add(other)
                self.comparisons += 1
                similarity = jaccard(token_set, self._sets[other])
                if similarity >= self._threshold:
                    found.append((other, round(similarity, 3)))
            if len(bucket) < limit:
                bucket.append(key)
        self._sets[key] = token_set
        found.sort(key=lambda pair: -pair[1])
        return found


# -- words one edit apart

MAX_WORD_LENGTH: Final = 40
"""Words longer than this have no edit neighbours: no word of a road map is that long,
and indexing the deletions of a word costs the square of its length."""


def _deletions(word: str) -> list[str]:
    return [word, *(word[:i] + word[i + 1 :] for i in range(len(word)))]


def edit_neighbours(
    vocabulary: Sequence[str], queries: Iterable[str] | None = None
) -> dict[str, set[str]]:
    """Return, for each query word, the other words of *vocabulary* one edit away.

    One edit is one letter substituted, inserted or deleted. Two words are one
    edit apart exactly when they share a deletion (a substitution) or one is a
    deletion of the other (an insertion), so indexing every word under itself
    and its deletions finds all such pairs in time linear in the vocabulary's
    total length. Words longer than `MAX_WORD_LENGTH` (a run of letters pasted
    without spaces, say) are neither indexed nor given neighbours, so that
    the cost stays linear whatever the text. *queries* defaults to the whole
    vocabulary.

    >>> sorted(edit_neighbours(["monev", "movev", "reviu", "reuiu", "laporan"])["monev"])
    ['movev']
    """
    by_variant: dict[str, list[str]] = defaultdict(list)
    for word in vocabulary:
        if len(word) <= MAX_WORD_LENGTH:
            for variant in _deletions(word):
                by_variant[variant].append(word)
    neighbours: dict[str, set[str]] = {}
    for word in vocabulary if queries is None else queries:
        found: set[str] = set()
        for variant in _deletions(word) if len(word) <= MAX_WORD_LENGTH else ():
            for other in by_variant.get(variant, ()):
                if other != word and _one_edit(word, other):
                    found.add(other)
        neighbours[word] = found
    return neighbours


def _one_edit(a: str, b: str) -> bool:
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))
