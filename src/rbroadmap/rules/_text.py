"""Text comparisons shared by the rules (private): normalising, near-duplicates, typos.

Every tool here runs in time linear in the amount of text it is given. None of
them compares every pair of texts:

* `normalise` and `tokens` turn text into a comparable key.
* `NearDuplicates` finds texts whose word sets overlap by a Jaccard similarity
  of at least a threshold, exactly (prefix filtering): only texts that share
  one of their rarest words, and whose sizes allow the threshold, are
  compared, and each text is compared with a bounded number of others.
* `edit_neighbours` finds words one edit apart through deletion neighbourhoods
  (every word with one letter left out), as symmetric-delete spelling
  correctors do.

Keys, shortened quotes and "did you mean" suggestions, which the rest of the
library shares, are in `rbroadmap._text`.
"""

from __future__ import annotations

import functools
import re
from collections import Counter, defaultdict
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
_KEY_WORD: Final = re.compile(r"[^\W_]+")
_WORD: Final = re.compile(r"[^\W\d_]+")


def _unmarked(text: str) -> str:
    """*text* without markup (short tags, ``*``, ``_``, backticks); most texts have none."""
    if "<" in text or "*" in text or "_" in text or "`" in text:
        return _MARKUP.sub("", text)
    return text


@functools.lru_cache(maxsize=8192)
def normalise(text: str) -> str:
    """Return *text* as a comparison key: case-folded, without markup, list label or punctuation.

    The key is the runs of letters and digits of the case-folded text, joined by
    single spaces.

    >>> normalise("  i. Pemanfaatan dokumen *kinerja* secara optimal;")
    'pemanfaatan dokumen kinerja secara optimal'
    """
    text = _unmarked(text)
    label = _LABEL.match(text)
    if label is not None:
        text = text[label.end() :]
    return " ".join(_KEY_WORD.findall(text.casefold()))


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
    return iter(_WORD.findall(_unmarked(text)))  # the pattern has no group: whole matches


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


# -- near-duplicates: exact candidates from the texts' rarest words

_SLACK: Final = 1e-9
"""Room for rounding in the size filter: a pair it lets through is still compared exactly."""


class NearDuplicates(Generic[K]):
    """Near-duplicate finder (*pendeteksi hampir-kembar*) over word sets.

    Add texts one by one; each new text is reported with the earlier texts of
    the same scope whose word sets have a Jaccard similarity of at least
    *threshold*, most similar first (the earliest first among equals). Words
    that carry no content (*dan*, *yang*, *serta*, ...) are left out.

    The search is exact, not probabilistic (prefix filtering): put the words of
    every text in one fixed order, rarest first (by how many of *texts*, the
    texts that will be added if known, use each word; words not in them after,
    in the order they are first seen; any fixed order finds every pair, the
    rarest first finds them with the fewest comparisons). Two texts whose word sets, of *m* and
    *r* words, have a similarity of at least *t* share at least
    ``⌈t·max(m, r)⌉`` words, so their first ``m - ⌈t·m⌉ + 1`` and
    ``r - ⌈t·r⌉ + 1`` words share one. Each text is listed under its first
    words only, looked up by its first words only, and compared (by the exact
    Jaccard similarity) only with texts whose sizes allow the threshold. A
    text is compared with at most *limit* earlier texts, so the cost per text
    is bounded even when hundreds of texts share most of their words.

    >>> finder = NearDuplicates[str](threshold=0.7)
    >>> finder.add("a", "peningkatan kompetensi APIP secara efektif dan efisien")
    []
    >>> finder.add("b", "peningkatan kompetensi APIP secara efektif dan efisien terintegrasi")
    [('a', 0.833)]
    """

    def __init__(
        self,
        *,
        threshold: float,
        min_tokens: int = 4,
        limit: int = 32,
        texts: Iterable[str] = (),
    ) -> None:
        self._threshold = threshold
        self._min_tokens = min_tokens
        self._limit = limit
        self._sets: list[frozenset[str]] = []
        self._keys: list[K] = []
        self.comparisons = 0
        """How many pairs were compared so far: at most *limit* per text added."""
        self._scopes: dict[Hashable, dict[str, list[int]]] = {}
        self._words: dict[str, frozenset[str]] = {}
        counts: Counter[str] = Counter()
        for text in texts:
            if text not in self._words:
                counts.update(self._words_of(text))
        # A word's rank never changes once given, so every text is cut by one order.
        # (Rarest first, equals in the order first seen: any fixed order finds every pair.)
        self._rank = {w: i for i, w in enumerate(sorted(counts, key=counts.__getitem__))}

    def _words_of(self, text: str) -> frozenset[str]:
        """The words of *text* that are compared: after `normalise`, without `STOPWORDS`."""
        found = self._words.get(text)
        if found is None:
            found = self._words[text] = frozenset(normalise(text).split()) - STOPWORDS
        return found

    def add(self, key: K, text: str, *, scope: Hashable = None) -> list[tuple[K, float]]:
        """Add a text and return the earlier keys it nearly duplicates, best first."""
        token_set = self._words_of(text)
        size = len(token_set)
        if size < self._min_tokens:
            return []
        index = self._scopes.get(scope)
        if index is None:
            index = self._scopes[scope] = {}
        threshold = self._threshold
        # int() rounds down, so the prefix is never shorter than the ⌈t·m⌉ it needs.
        prefix = min(size, size - int(threshold * size) + 1)
        rank = self._rank
        for word in token_set:  # (a set difference with the keys would walk every key)
            if word not in rank:
                rank[word] = len(rank)
        first = sorted(token_set, key=rank.__getitem__)[:prefix]
        sets = self._sets
        number = len(sets)
        sets.append(token_set)
        self._keys.append(key)
        postings = []
        for token in first:
            posting = index.get(token)
            if posting is None:
                index[token] = [number]
            else:
                postings.append(posting)
                posting.append(number)  # after the earlier texts: the loop below stops there
        if not postings:
            return []  # no earlier text of the scope lists one of its first words
        limit = self._limit
        seen: set[int] = set()
        found: list[tuple[int, float]] = []
        compared = 0
        low, high = threshold * size - _SLACK, size / threshold + _SLACK
        for posting in postings:
            for other in posting:
                if other == number:
                    break  # the texts after this one are not earlier
                if other in seen:
                    continue
                if len(seen) >= limit:
                    break
                seen.add(other)
                other_set = sets[other]
                other_size = len(other_set)
                if not low <= other_size <= high:
                    continue  # the sizes alone keep the pair below the threshold
                compared += 1
                shared = len(token_set & other_set)
                similarity = shared / (size + other_size - shared)  # `jaccard`, inlined
                if similarity >= threshold:
                    found.append((other, round(similarity, 3)))
        self.comparisons += compared
        found.sort(key=lambda pair: (-pair[1], pair[0]))
        keys = self._keys
        return [(keys[other], similarity) for other, similarity in found]


# -- words one edit apart

MAX_WORD_LENGTH: Final = 40
"""Words longer than this have no edit neighbours: no word of a road map is that long,
and indexing the deletions of a word costs the square of its length."""


@functools.lru_cache(maxsize=65_536)
def _variants(word: str) -> frozenset[str]:
    """The word and every word it gives with one letter left out (cached: words recur)."""
    return frozenset([word, *(word[:i] + word[i + 1 :] for i in range(len(word)))])


def edit_neighbours(
    vocabulary: Sequence[str], queries: Iterable[str] | None = None
) -> dict[str, set[str]]:
    """Return, for each query word, the other words of *vocabulary* one edit away.

    One edit is one letter substituted, inserted or deleted. Two words are one
    edit apart exactly when they share a deletion (a substitution) or one is a
    deletion of the other (an insertion), so indexing every query word under
    itself and its deletions, and looking up those of every word of the
    vocabulary, finds all such pairs in time linear in the vocabulary's total
    length. Words longer than `MAX_WORD_LENGTH` (a run of letters pasted
    without spaces, say) are neither indexed nor given neighbours, so that
    the cost stays linear whatever the text. *queries* defaults to the whole
    vocabulary.

    >>> sorted(edit_neighbours(["monev", "movev", "reviu", "reuiu", "laporan"])["monev"])
    ['movev']
    """
    asked = list(vocabulary if queries is None else queries)
    by_variant: dict[str, list[str]] = defaultdict(list)
    for word in dict.fromkeys(asked):
        if len(word) <= MAX_WORD_LENGTH:
            for variant in _variants(word):
                by_variant[variant].append(word)
    indexed = set(by_variant)
    neighbours: dict[str, set[str]] = {word: set() for word in asked}
    for other in dict.fromkeys(vocabulary):
        if len(other) > MAX_WORD_LENGTH:
            continue
        for variant in _variants(other) & indexed:  # most words share none: a set operation
            for word in by_variant[variant]:
                if other != word and _one_edit(word, other):
                    neighbours[word].add(other)
    return neighbours


def _one_edit(a: str, b: str) -> bool:
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))
