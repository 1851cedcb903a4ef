"""Text rules (*aturan teks*), RB5xx: duplicates, near-duplicates, cut-off texts, typos.

Road maps are long and written by many hands; the same item gets listed twice,
a table cell loses its last words at a page break, and a typo sits next to the
correct spelling of the same word. These rules find such texts in time linear
in the length of the road map:

* exact duplicates by a normalised key (`rbroadmap.rules._text.normalise`);
* near-duplicates by an exact search over the texts' rarest words (prefix
  filtering, `rbroadmap.rules._text.NearDuplicates`), never by comparing
  every pair;
* cut-off texts by their last word;
* likely typos by the document's own vocabulary: a rare word one edit away
  from a word the document uses often (through deletion neighbourhoods,
  `rbroadmap.rules._text.edit_neighbours`).

Texts are compared within their kind (problems with problems, actions with
actions) and, for list items, within their list (one area's improvement items,
one stage's steps).
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Iterator
from itertools import chain
from typing import Final

from rbroadmap._text import clip, tail, trigrams, word_core
from rbroadmap.messages import Message
from rbroadmap.rules._text import (
    MAX_WORD_LENGTH,
    NearDuplicates,
    edit_neighbours,
    normalise,
    tokens,
    words,
)
from rbroadmap.rules.kernel import Context, Severity, TextRef, Violation, rule

__all__ = ["RULES"]

_DUPLICATE_KINDS: Final = frozenset(
    {
        "problem",
        "action",
        "improvement",
        "goal",
        "activity",
        "stage-step",
        "team-duty",
        "service-item",
        "achievement-item",
    }
)
_NEAR: Final = 0.7


_Key = tuple[str, str, str]


def _candidates(ctx: Context) -> tuple[tuple[TextRef, _Key], ...]:
    """The texts compared for duplicates, each with its key: kind, scope, `normalise`d text.

    Built once per validation and read by RB501 and RB502.
    """

    def build() -> tuple[tuple[TextRef, _Key], ...]:
        found: list[tuple[TextRef, _Key]] = []
        for ref in ctx.texts:
            if ref.kind in _DUPLICATE_KINDS:
                key = normalise(ref.text)
                if key:
                    found.append((ref, (ref.kind, ref.scope, key)))
        return tuple(found)

    return ctx.memo("duplicate-candidates", build)


@rule(
    code="RB501",
    name="duplicate-text",
    severity=Severity.WARNING,
    summary=Message("Teks yang sama ditulis dua kali", "The same text is written twice"),
    what=(
        "That no two problems, actions or goals of the road map, and no two items of one list "
        "(an area's improvement items, a programme's activities, a stage's steps, a team's "
        "duties), are the same once case, punctuation, markup and list labels are ignored. "
        "Every copy after the first is reported."
    ),
    why=(
        "A repeated item is counted twice in every summary and hides the item that was meant "
        "in its place. A shared action belongs in one row with merged cells, not in two rows."
    ),
    example="Improvement items e and i of *Akuntabilitas Kinerja* both *Pemanfaatan dokumen "
    "kinerja secara optimal untuk perbaikan perencanaan dan kinerja*.",
)
def duplicate_text(ctx: Context) -> Iterator[Violation]:
    """Report texts whose normalised form was seen before in their scope."""
    first: dict[_Key, TextRef] = {}
    for ref, key in _candidates(ctx):
        earlier = first.setdefault(key, ref)
        if earlier is ref:
            continue
        yield Violation(
            entity_id=ref.entity_id,
            field=ref.field,
            value=ref.text,
            message=Message(
                f"{ref.where.indonesian} sama dengan {earlier.where.indonesian}: {clip(ref.text)}",
                f"{ref.where.english} is the same as {earlier.where.english}: {clip(ref.text)}",
            ),
        )


@rule(
    code="RB502",
    name="near-duplicate-text",
    severity=Severity.INFO,
    summary=Message("Teks yang hampir sama", "Two texts are nearly the same"),
    what=(
        "That no two texts compared as in RB501 share 70% or more of their words (Jaccard "
        "similarity of their word sets, texts of four words or more). Exact duplicates are "
        "RB501's. Every such pair is found: a text is compared only with the earlier texts "
        "that share one of its rarest words and whose length allows 70%, so the cost grows "
        "linearly with the road map. The text it is reported with is the most similar "
        "earlier one (the first of equals)."
    ),
    why=(
        "Two items that differ by a few words are usually one item written twice, one of them "
        "revised and the other forgotten; or two items that should say what sets them apart."
    ),
    example="Supervision items f *Peningkatan kelembagaan dan kompetensi APIP secara efektif dan "
    "efisien serta berbasis teknologi informasi* and j, the same *yang terintegrasi (e-audit)*.",
)
def near_duplicate_text(ctx: Context) -> Iterator[Violation]:
    """Report texts that nearly repeat an earlier text of their scope."""
    # The first of each set of exact duplicates (RB501's) stands for them all.
    first: dict[_Key, TextRef] = {}
    for ref, key in _candidates(ctx):
        first.setdefault(key, ref)
    distinct = list(first.values())
    # Given every text first, the finder looks for each one's near-duplicates by its rarest words.
    finder = NearDuplicates[int](threshold=_NEAR, texts=[ref.text for ref in distinct])
    refs: list[TextRef] = []
    for ref in distinct:
        matches = finder.add(len(refs), ref.text, scope=(ref.kind, ref.scope))
        refs.append(ref)
        if not matches:
            continue
        position, similarity = matches[0]
        earlier = refs[position]
        percent = round(similarity * 100)
        only_here = _only_in(ref.text, earlier.text)
        only_there = _only_in(earlier.text, ref.text)
        differ_id = f"; hanya di sini: {only_here}" if only_here else ""
        differ_id += f"; hanya di sana: {only_there}" if only_there else ""
        differ_en = f"; only here: {only_here}" if only_here else ""
        differ_en += f"; only there: {only_there}" if only_there else ""
        yield Violation(
            entity_id=ref.entity_id,
            field=ref.field,
            value=ref.text,
            message=Message(
                f"{ref.where.indonesian} hampir sama ({percent}% kata) dengan "
                f"{earlier.where.indonesian}{differ_id}",
                f"{ref.where.english} is nearly the same ({percent}% of words) as "
                f"{earlier.where.english}{differ_en}",
            ),
        )


def _only_in(text: str, other: str) -> str:
    """The words of *text* that *other* lacks, in order, quoted."""
    theirs = set(tokens(other))
    mine = [t for t in dict.fromkeys(tokens(text)) if t not in theirs]
    return clip(" ".join(mine), 60) if mine else ""


_DANGLING: Final = frozenset(
    {
        "oleh",
        "sampai",
        "hingga",
        "dan",
        "atau",
        "serta",
        "maupun",
        "yang",
        "dengan",
        "untuk",
        "pada",
        "di",
        "ke",
        "dari",
        "terhadap",
        "bagi",
        "dalam",
        "kepada",
        "tentang",
        "sebagai",
        "melalui",
        "antara",
        "karena",
        "agar",
        "bahwa",
        "yaitu",
        "yakni",
        "seperti",
        "para",
    }
)
_TRAILING: Final = " \t\n.;:!?)]*_"


@rule(
    code="RB503",
    name="truncated-text",
    severity=Severity.WARNING,
    summary=Message("Teks terpotong di tengah kalimat", "A text is cut off mid-sentence"),
    what=(
        "That no text ends on a word that cannot end an Indonesian phrase: a conjunction or "
        "preposition such as *oleh*, *sampai*, *dan*, *yang*, *dengan*, *untuk*, *pada*, "
        "*dari* (final punctuation aside), or on a comma."
    ),
    why=(
        "A cell that ends on *oleh* (by) or *sampai* (until) lost its last words, typically "
        "at a page break of the printed table. The text as written does not say what was "
        "meant."
    ),
    example="*Pemahaman dan pemanfaatan layanan publik yang optimal oleh* (by whom?).",
)
def truncated_text(ctx: Context) -> Iterator[Violation]:
    """Report texts ending on a dangling word or a comma."""
    for ref in ctx.texts:
        text = ref.text.rstrip()
        if not text:
            continue
        stripped = text.rstrip(_TRAILING)
        pieces = stripped.rsplit(None, 1)
        piece = pieces[-1] if pieces else ""
        last = piece if piece.isalpha() else word_core(piece)  # letters only: its own core
        if stripped.endswith(","):
            word = ","
        elif last.casefold() in _DANGLING:
            word = last
        else:
            continue
        yield Violation(
            entity_id=ref.entity_id,
            field=ref.field,
            value=ref.text,
            message=Message(
                f"{ref.where.indonesian} berakhir pada {clip(word)} dan tampaknya "
                f"terpotong: {tail(ref.text)}",
                f"{ref.where.english} ends on {clip(word)} and seems cut off: {tail(ref.text)}",
            ),
        )


_MIN_LENGTH: Final = 5
_RARE: Final = 2
_FREQUENT: Final = 5
_RATIO: Final = 4
_LARGE_VOCABULARY: Final = 300


def _loanword_pair(a: str, b: str) -> bool:
    """Whether *a* and *b* differ by y/i only (*survey*/*survei*): a spelling, not a typo."""
    if len(a) != len(b):
        return False
    diff = [(x, y) for x, y in zip(a, b, strict=True) if x != y]
    return diff in ([("y", "i")], [("i", "y")])


@functools.lru_cache(maxsize=16_384)
def _words_of(text: str) -> tuple[str, ...]:
    """The words of a text (cached: a text is read by several rules, and texts recur)."""
    return tuple(words(text))


def _words(ctx: Context) -> tuple[tuple[str, ...], ...]:
    """The words of every text of the road map (`Context.texts`), read once per validation."""
    return ctx.memo("words", lambda: tuple(_words_of(ref.text) for ref in ctx.texts))


def _typos(ctx: Context) -> dict[str, str]:
    """The likely typos of the road map's texts, each with the word it likely means."""
    written = list(chain.from_iterable(_words(ctx)))
    counts = Counter(map(str.casefold, written))
    acronyms = {word.casefold() for word in set(written) if word.isupper()}
    vocabulary = sorted(
        w for w in counts if _MIN_LENGTH <= len(w) <= MAX_WORD_LENGTH and w not in acronyms
    )
    rare = [w for w in vocabulary if counts[w] <= _RARE]
    neighbours = edit_neighbours(vocabulary, rare)
    pairs = [(w, o) for w in rare for o in sorted(neighbours[w], key=lambda x: (-counts[x], x))]
    pairs = [
        (w, o)
        for w, o in pairs
        if counts[o] >= counts[w]
        and not o.startswith(w)
        and w[0] == o[0]
        and not _loanword_pair(w, o)
    ]
    if not pairs:
        return {}
    needed: set[str] = set()
    for w, o in pairs:
        needed |= trigrams(w) ^ trigrams(o)
    spread: Counter[str] = Counter()
    for word in vocabulary:
        spread.update(trigrams(word) & needed)
    typos: dict[str, str] = {}
    for w, o in pairs:
        if w in typos:
            continue
        own = trigrams(w) - trigrams(o)
        theirs = trigrams(o) - trigrams(w)
        non_word = (
            len(vocabulary) >= _LARGE_VOCABULARY
            and bool(own)
            and all(spread[t] == 1 for t in own)
            and sum(spread[t] == 1 for t in theirs) <= 1
        )
        frequent = counts[o] >= _FREQUENT and counts[o] >= _RATIO * counts[w]
        if non_word or frequent:
            typos[w] = o
    return typos


@rule(
    code="RB504",
    name="likely-typo",
    severity=Severity.INFO,
    summary=Message("Kemungkinan salah ketik", "A likely typo"),
    what=(
        "Words that are rare in the road map (written once or twice) and one letter away "
        "(substituted, inserted or deleted) from a word the same road map uses more often or "
        "as often, when either the other word is used at least five times and four times as "
        "often (*movev* beside a dozen *monev*), or, in a road map of at least 300 distinct "
        "words, the rare word's own letter sequences (trigrams) occur in no other word while "
        "the other word's occur elsewhere (*reuiu* beside *reviu*, whose *rev* and *evi* "
        "recur in *revisi*). Acronyms (written in capitals), words shorter than five letters "
        "or longer than 40, pairs differing in their first letter (*mengarah*, *pengarah*), "
        "pairs where the rare word begins the other (*saran*, *sarana*) and y/i spellings of "
        "loanwords (*survey*, *survei*) are left alone. The suggestion is the other word. "
        "Words the road map never writes correctly (*eletronik*) are not found: no "
        "dictionary is used."
    ),
    why=(
        "A typo in a road map is copied into every document that quotes it, and a misspelt "
        "key word (*movev*) escapes every search for the right one. Using the road map's own "
        "vocabulary needs no dictionary and finds the typos a reader finds: a word that looks "
        "like another word of the same document."
    ),
    example="*Belum diimplementasikan pedoman dan movev pengawasan*, in a road map that writes "
    "*monev* a dozen times.",
)
def likely_typo(ctx: Context) -> Iterator[Violation]:
    """Report rare words one edit away from a word the road map uses."""
    typos = ctx.memo("typos", lambda: _typos(ctx))
    if not typos:
        return
    for ref, found in zip(ctx.texts, _words(ctx), strict=True):
        reported: set[str] = set()
        for word in found:
            key = word.casefold()
            meant = typos.get(key)
            if meant is None or key in reported or word.isupper():
                continue
            reported.add(key)
            yield Violation(
                entity_id=ref.entity_id,
                field=ref.field,
                value=word,
                message=Message(
                    f"{clip(word)} pada {ref.where.indonesian} mungkin salah ketik; maksud "
                    f"Anda {clip(meant)}?",
                    f"{clip(word)} in {ref.where.english} may be a typo; did you mean "
                    f"{clip(meant)}?",
                ),
                suggestion=meant,
            )


RULES: Final = (duplicate_text, near_duplicate_text, truncated_text, likely_typo)
