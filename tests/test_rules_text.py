"""The text tools behind the RB5xx rules and the suggestions, and the cost of validation.

No rule compares every pair of items: near-duplicates come from an exact search
over each text's rarest words with a bounded number of comparisons per text (and
agree with comparing every pair), suggestions from a trigram
index, typos from deletion neighbourhoods. The last tests check that the work
of validation, counted in function calls (`support.scaling`), grows linearly with
the size of the road map.
"""

from __future__ import annotations

import difflib
import random
import re
from collections.abc import Iterator

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import rbroadmap as rb
from rbroadmap import strategies as rbst
from rbroadmap._text import Suggester, compact, word_core
from rbroadmap.rules import _text
from rbroadmap.rules._text import (
    MAX_WORD_LENGTH,
    NearDuplicates,
    edit_neighbours,
    jaccard,
    normalise,
    tokens,
)
from rbroadmap.rules.families import claims, targets
from support.rules import T, clean
from support.scaling import assert_growth, calls


def test_normalise_drops_case_markup_labels_and_punctuation() -> None:
    assert normalise("e. Pemanfaatan dokumen *kinerja*;") == "pemanfaatan dokumen kinerja"
    assert normalise("- <i>Workshop</i> dan pembentukan") == "workshop dan pembentukan"
    assert normalise("IKM (79,30)") == "ikm 79 30"
    assert tokens("e-audit") == ("e", "audit")
    assert compact("Bag. Organisasi  Setda") == "bagorganisasisetda"


_MARKUP = re.compile(r"<[^<>]{0,40}>|[*_`]")
_LABEL = re.compile(r"^\s*(?:[-•–]\s*|\(?[a-z0-9]{1,3}[.)]\s+)", re.IGNORECASE)


def _normalise_step_by_step(text: str) -> str:
    """`normalise` as it was first written: markup, label, punctuation, spaces, one by one."""
    text = _MARKUP.sub("", text)
    text = _LABEL.sub("", text, count=1)
    return " ".join(re.sub(r"[^\w]+", " ", text.casefold()).replace("_", " ").split())


@given(st.text(st.sampled_from("aB1 _*`<>-•–.()i;,\u0130\u00df\t\n\u00a0é")) | st.text())
def test_normalise_agrees_with_its_definition_step_by_step(text: str) -> None:
    assert normalise(text) == _normalise_step_by_step(text)
    assert list(_text.words(text)) == re.findall(r"[^\W\d_]+", _MARKUP.sub("", text))


def test_near_duplicates_are_found_within_their_scope_only() -> None:
    finder = NearDuplicates[str](threshold=0.7)
    text = "peningkatan kelembagaan dan kompetensi APIP secara efektif dan efisien"
    assert finder.add("f", text, scope="pengawasan") == []
    assert finder.add("x", text + " terpadu", scope="lain") == []
    assert finder.add("j", text + " terintegrasi", scope="pengawasan") == [("f", 0.857)]
    assert (
        finder.add("k", "penyusunan pedoman pengawasan berbasis risiko", scope="pengawasan") == []
    )


def test_short_texts_are_not_compared() -> None:
    finder = NearDuplicates[int](threshold=0.7)
    finder.add(1, "Dokumen PMPRB")
    assert finder.add(2, "Dokumen PMPRB kota") == []


@given(
    st.lists(st.sampled_from("abcdefghij"), min_size=4, max_size=10, unique=True),
    st.lists(st.sampled_from("abcdefghij"), min_size=4, max_size=10, unique=True),
)
def test_near_duplicates_agree_with_the_exact_similarity_when_they_report(
    a: list[str], b: list[str]
) -> None:
    finder = NearDuplicates[int](threshold=0.7)
    finder.add(0, " ".join(f"kata{x}" for x in a))
    found = finder.add(1, " ".join(f"kata{x}" for x in b))
    exact = jaccard(frozenset(a), frozenset(b))
    for _, similarity in found:
        assert similarity == round(exact, 3)
        assert exact >= 0.7


def test_near_duplicates_find_every_close_pair() -> None:
    rng = random.Random(7)
    vocabulary = [f"kata{i}" for i in range(5000)]
    for _ in range(200):
        words = rng.sample(vocabulary, 12)
        finder = NearDuplicates[int](threshold=0.7)
        finder.add(0, " ".join(words))
        # 12 shared of 14 in all: similarity 0.857
        assert finder.add(1, " ".join([*words[:-1], "lain1", "lain2", words[-1]])) == [(0, 0.857)]


_WORDS = ("kata", "data", "dan", "sistem", "layanan", "kota", "Data", "e-audit", "b", "c")
"""Few words, a stopword and a word written twice: many texts near one another."""


def _every_pair(texts: list[tuple[int, str]], threshold: float) -> list[list[tuple[int, float]]]:
    """What NearDuplicates should give, by comparing every pair: the slow, obvious way."""
    sets = [frozenset(t for t in tokens(text) if t not in _text.STOPWORDS) for _, text in texts]
    found: list[list[tuple[int, float]]] = []
    for i, (scope, _) in enumerate(texts):
        pairs = [
            (j, round(jaccard(sets[i], sets[j]), 3))
            for j in range(i)
            if texts[j][0] == scope
            and len(sets[i]) >= 4
            and len(sets[j]) >= 4
            and jaccard(sets[i], sets[j]) >= threshold
        ]
        found.append(sorted(pairs, key=lambda pair: (-pair[1], pair[0])))
    return found


@given(
    st.lists(
        st.tuples(
            st.integers(0, 1),
            st.lists(st.sampled_from(_WORDS), max_size=9).map(" ".join),
        ),
        max_size=30,
    ),
    st.sampled_from([0.5, 0.6, 0.7, 0.75, 0.8, 1.0]),
    st.booleans(),
)
def test_near_duplicates_agree_with_comparing_every_pair(
    texts: list[tuple[int, str]], threshold: float, known: bool
) -> None:
    # Given the texts first, words are ordered rarest first; else as they come: either
    # order finds every pair.
    given_first = [text for _, text in texts] if known else []
    finder = NearDuplicates[int](threshold=threshold, texts=given_first)
    found = [finder.add(i, text, scope=scope) for i, (scope, text) in enumerate(texts)]
    assert found == _every_pair(texts, threshold)


def test_suggester_finds_the_closest_name() -> None:
    names = ["DPMPTSP", "Diskominfo", "BKPSDM", "Bag. Pemerintahan Setda", "Bag. Organisasi Setda"]
    suggester = Suggester(names)
    assert suggester.closest("DPMPPTSP") == "DPMPTSP"
    assert suggester.closest("Bag. Pemerintahan") == "Bag. Pemerintahan Setda"
    assert suggester.closest("diskominfo ") == "Diskominfo"
    assert suggester.closest("Walikota") is None
    assert suggester.closest("") is None


def test_suggester_looks_at_a_bounded_number_of_names() -> None:
    def work(known: int) -> int:
        names = [f"Unit {i:05d}" for i in range(known)]
        suggester = Suggester([*names, "DPMPTSP"], limit=24)

        def queries() -> None:
            for _ in range(200):
                assert suggester.closest("DPMPPTSP") == "DPMPTSP"

        return calls(queries).total

    # Sixteen times the names the query has nothing in common with: the same work.
    assert_growth(work, sizes=(1_250, 5_000, 20_000), bound=1.1)
    # Names that all share the query's letters: still at most `limit` comparisons.
    names = [f"DPMPTSP {i:05d}" for i in range(5_000)]
    suggester = Suggester([*names, "DPMPTSP"], limit=24)
    counted = calls(lambda: suggester.closest("DPMPPTSP"))
    assert 0 < counted.of(difflib.SequenceMatcher.ratio) <= 24
    assert suggester.closest("DPMPPTSP") == "DPMPTSP"


def test_edit_neighbours_are_one_edit_apart() -> None:
    found = edit_neighbours(["monev", "movev", "reviu", "reuiu", "investasi", "invenstasi", "x"])
    assert found["movev"] == {"monev"}
    assert found["reuiu"] == {"reviu"}
    assert found["invenstasi"] == {"investasi"}
    assert found["x"] == set()
    assert edit_neighbours(["abc", "abd", "abcd"], ["abc"]) == {"abc": {"abd", "abcd"}}


def _distance(a: str, b: str) -> int:
    """The edit distance of two words, by the textbook table."""
    row = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        previous, row[0] = row[0], i
        for j, y in enumerate(b, 1):
            previous, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, previous + (x != y))
    return row[-1]


@given(
    st.lists(st.text("abc", max_size=5), max_size=25),
    st.lists(st.text("abc", max_size=5), max_size=6),
)
def test_edit_neighbours_agree_with_the_edit_distance(
    vocabulary: list[str], queries: list[str]
) -> None:
    found = edit_neighbours(vocabulary, queries)
    assert found == {q: {w for w in vocabulary if _distance(q, w) == 1} for q in queries}


def test_a_very_long_word_is_never_indexed_by_its_deletions(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Regression: every deletion of a 40,000-letter word (a run pasted without spaces)
    # took 1.6 GB and half a minute; a megabyte exhausted the memory.
    lengths: list[int] = []

    def variants(word: str) -> frozenset[str]:
        lengths.append(len(word))
        return original(word)

    original = _text._variants
    monkeypatch.setattr(_text, "_variants", variants)
    long_word = "a" * 100_000
    found = edit_neighbours([long_word, long_word + "b", "monev", "movev"])
    assert found[long_word] == set()
    assert found["movev"] == {"monev"}
    assert max(lengths) <= MAX_WORD_LENGTH


@given(
    st.lists(
        st.sampled_from(
            [
                "IKM",
                "SKM",
                "Indeks",
                "Kepuasan",
                "Masyarakat",
                "Survei",
                "IRB",
                "PMPRB",
                "AKIP",
                "SAKIP",
                "SPIP",
                "Maturitas",
                "maturitas",
                "Reformasi",
                "Birokrasi",
                "ikm",
                "x",
            ]
        ),
        max_size=6,
    ).map(" ".join)
    | st.text()
)
def test_a_text_the_scale_pattern_reads_is_never_skipped(text: str) -> None:
    if claims._KEYWORDS.search(text):
        assert claims._may_name_a_scale(text)


def test_the_scales_of_a_text_are_read_once_whatever_its_claims(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Regression: every claim scanned the whole text again for the scale named before
    # it, so a text of many claims took time in the square of its length.
    class Counting:
        def __init__(self, pattern: re.Pattern[str]) -> None:
            self.pattern = pattern
            self.scans = 0

        def finditer(self, text: str) -> Iterator[re.Match[str]]:
            self.scans += 1
            return self.pattern.finditer(text)

        def search(self, text: str) -> re.Match[str] | None:
            self.scans += 1
            return self.pattern.search(text)

    counting = Counting(claims._KEYWORDS)
    monkeypatch.setattr(claims, "_KEYWORDS", counting)
    text = "Nilai SAKIP 65 (B) dan IKM 79,30 (baik) serta IRB kategori A (Memuaskan); " * 2_000
    found = claims.claims_in(text)
    assert len(found) == 3 * 2_000
    # Each claim belongs to the scale named closest before it.
    assert {(c.scale, c.text) for c in found} == {
        ("sakip", "65 (B)"),
        ("ikm", "79,30 (baik)"),
        ("irb", "kategori A (Memuaskan)"),
    }
    assert counting.scans == 1


# -- cost


WORDS = [
    f"{a}{b}"
    for a in ("pe", "me", "ber", "ke", "di", "ter", "se", "pen", "mem", "per")
    for b in (
        "laksana",
        "kuat",
        "tata",
        "kembang",
        "awas",
        "nilai",
        "capai",
        "susun",
        "bina",
        "atur",
        "ukur",
        "ajar",
        "latih",
        "layan",
        "rencana",
        "gerak",
        "bangun",
        "daya",
    )
]


def large(rows_per_area: int, *, similar: bool = False) -> rb.RoadMap:
    """The clean road map with many more rows, each with its own texts and cells."""
    rng = random.Random(rows_per_area)
    base = clean()
    areas = []
    for area in base.areas:
        extra = []
        for i in range(rows_per_area):
            row_id = f"{area.id}-x{i}"

            def text(n: int, row_id: str = row_id) -> str:
                if similar:  # texts that differ by one word: the worst case for LSH buckets
                    return f"pelaksanaan penguatan sistem layanan terpadu kota nomor{row_id}x{n}"
                return " ".join(rng.choice(WORDS) for _ in range(n))

            extra.append(
                rb.Action(
                    id=row_id,
                    problems=[rb.Problem(id=f"{row_id}-m", text=text(8))],
                    text=text(7),
                    result=rb.Result(id=f"{row_id}-h", text=text(5)),
                    expected_condition=text(6),
                    targets=T(2018, "25%", "50%", "75%", "100%", "100%"),
                    programme=base.programmes[i % 2].name,
                    budget=1_000_000 * (i + 1),
                    units=["BKPSDM" if i % 3 else "DPMPPTSP"],
                )
            )
            if i % 5 == 4:  # every fifth row shares the cells of the row before
                extra[-1] = attrs.evolve(
                    extra[-1],
                    programme=None,
                    budget=None,
                    units=(),
                    targets=None,
                    shares=f"{area.id}-x{i - 1}",
                )
        areas.append(attrs.evolve(area, actions=(*area.actions, *extra)))
    return attrs.evolve(base, areas=tuple(areas))


def _validation_calls(rows_per_area: int, *, similar: bool = False) -> int:
    roadmap = large(rows_per_area, similar=similar)
    return calls(lambda: rb.validate(roadmap)).total


def test_a_large_road_map_is_validated_in_linear_time() -> None:
    rb.validate(clean())  # the library's own caches filled first
    # 160 and 640 extra rows: linear work grows about 4 times; comparing every pair of
    # rows, about 16 times.
    assert_growth(_validation_calls, sizes=(20, 80), bound=5)


def test_near_identical_texts_do_not_make_it_quadratic() -> None:
    report = rb.validate(large(80, similar=True), select=["RB502"])
    assert len(report) > 1000
    rb.validate(clean())
    # Lifting NearDuplicates' limit of comparisons per text makes this grow 8.5 times.
    assert_growth(lambda n: _validation_calls(n, similar=True), sizes=(20, 80), bound=5)


def test_each_text_is_compared_with_a_bounded_number_of_others() -> None:
    finder = NearDuplicates[int](threshold=0.7, limit=32)
    for i in range(3000):  # texts that all share most of their words
        finder.add(i, f"pelaksanaan penguatan sistem layanan terpadu kota nomor{i}")
    assert finder.comparisons <= 32 * 3000


@given(st.text(min_size=1))
def test_a_word_of_letters_only_is_its_own_core(text: str) -> None:
    # RB503 takes such a last word as it is, without looking for its core.
    if text.isalpha():
        assert word_core(text) == text


@given(rbst.target_values())
def test_the_target_rules_read_a_value_as_due_as_the_model_does(value: object) -> None:
    assert (type(value) in targets._DUE) == rb.values.is_due(value)
