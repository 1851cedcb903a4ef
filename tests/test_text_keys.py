"""The one module of text keys: name keys, shortening, name splitting and "did you mean".

Every part of the library that compares names, quotes a text or suggests a name
goes through `rbroadmap._text`; these tests pin what it promises: the same key
for the same name everywhere, shortened text that keeps its start or its end,
separators and word edges found without backtracking, and suggestions that cost
a bounded number of comparisons and name the canonical name.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from hypothesis import given
from hypothesis import strategies as st

from rbroadmap import _html
from rbroadmap._text import (
    ELLIPSIS,
    MAX_SUGGESTED_LENGTH,
    Suggester,
    clip,
    compact,
    name_key,
    shorten,
    split_names,
    tail,
    word_core,
)
from rbroadmap.errors import quote

# Texts as users paste them: letters, digits, punctuation and every kind of space.
TEXTS = st.text(
    alphabet=st.sampled_from("aAbB dan,;/&+-.()_\t\n\u3000\u00a0é1"),
    max_size=40,
)


# -- keys


@given(TEXTS)
def test_name_keys_and_compact_forms_are_idempotent(text: str) -> None:
    assert name_key(name_key(text)) == name_key(text)
    assert compact(compact(text)) == compact(text)
    assert compact(name_key(text)) == compact(text)  # the looser key


def test_a_name_key_ignores_case_and_runs_of_spaces_only() -> None:
    assert name_key("Program Foo") == name_key("program  foo") == "program foo"
    assert name_key("Bag.\tOrganisasi\u3000SETDA ") == "bag. organisasi setda"
    assert name_key("Program Sumber Daya") != name_key("Program Sumberdaya")
    assert compact("Program Sumber Daya") == compact("program sumber-daya")


# -- shortening


@given(TEXTS, st.integers(min_value=1, max_value=50), st.booleans())
def test_shortening_keeps_the_start_or_the_end(text: str, limit: int, at_word: bool) -> None:
    start = shorten(text, limit, at_word=at_word)
    end = shorten(text, limit, keep="end", at_word=at_word)
    if len(text) <= limit:
        assert start == end == text
        return
    assert start.endswith(ELLIPSIS)
    assert end.startswith(ELLIPSIS)
    assert text.startswith(start[:-1])
    assert text.endswith(end[1:])
    assert len(start) <= limit + 1
    assert len(end) <= limit + 1


def test_shortening_at_a_word_drops_the_word_the_cut_falls_in() -> None:
    text = "Peningkatan kapasitas aparatur pengawasan"
    assert shorten(text, 25) == "Peningkatan kapasitas apa…"
    assert shorten(text, 25, at_word=True) == "Peningkatan kapasitas…"
    assert shorten(text, 25, keep="end", at_word=True) == "…aparatur pengawasan"
    assert shorten("x" * 30, 10, at_word=True) == "x" * 10 + ELLIPSIS  # one word: cut inside


def test_messages_and_displays_shorten_the_same_way() -> None:
    long = "Program peningkatan kapasitas sumber daya aparatur " * 4
    assert clip(long, 40) == f"'{shorten(' '.join(long.split()), 40, at_word=True)}'"
    assert tail(long, 30) == f"'{shorten(' '.join(long.split()), 30, keep='end', at_word=True)}'"
    assert quote("x" * 100) == f"'{'x' * 60}{ELLIPSIS}' (100 characters)"
    assert _html.cut("abcdefghij", 5) == '<span title="abcdefghij">abcd…</span>'
    assert _html.cut("abcde", 5) == "abcde"


def test_a_quoted_long_text_keeps_matching_quotes() -> None:
    shown = quote("it's " * 30)
    assert shown.startswith('"')
    assert shown.endswith('" (150 characters)')


# -- separators and word edges, without backtracking

_OLD_SEPARATORS = re.compile(r"\s*(?:[,;/&+]|\bdan\b)\s*", re.IGNORECASE)
_OLD_EDGES = re.compile(r"^\W+|\W+$")


@given(TEXTS)
def test_names_split_as_the_backtracking_pattern_did(text: str) -> None:
    expected = [part.strip() for part in _OLD_SEPARATORS.split(text) if part.strip()]
    assert split_names(text) == expected


@given(TEXTS)
def test_word_cores_are_what_the_backtracking_pattern_left(text: str) -> None:
    assert word_core(text) == _OLD_EDGES.sub("", text)


def test_long_runs_of_spaces_and_punctuation_are_read_in_one_pass() -> None:
    # Both took minutes with the patterns above (quadratic in the run's length).
    for space in (" ", "\t", "\n", "\u3000"):
        assert split_names("a" + space * 200_000 + "b") == ["a" + space * 200_000 + "b"]
        assert split_names("a" + space * 200_000 + "dan b") == ["a", "b"]
    assert word_core("a" + "-" * 200_000 + "a") == "a" + "-" * 200_000 + "a"
    assert word_core("-" * 200_000 + "oleh" + "-" * 200_000) == "oleh"


# -- "did you mean"


def test_a_suggestion_names_the_canonical_name_of_an_alias() -> None:
    suggester = Suggester(
        [
            ("Bag. Organisasi Setda", "Bag. Organisasi Setda"),
            ("Bagian Organisasi", "Bag. Organisasi Setda"),
            ("BKPSDM", "BKPSDM"),
        ]
    )
    assert suggester.closest("Bagian Organisasii") == "Bag. Organisasi Setda"
    assert suggester.closest("BKPSD") == "BKPSDM"
    assert suggester.closest("Inspektorat") is None


def test_each_question_scores_a_bounded_number_of_names() -> None:
    names = [f"Unit {i:05d}" for i in range(20_000)]
    suggester = Suggester([*names, "DPMPTSP"], limit=24)
    for _ in range(50):
        assert suggester.closest("DPMPPTSP") == "DPMPTSP"
    assert suggester.comparisons <= 24 * 50
    suggester.closest("Unit 1234")
    assert suggester.comparisons <= 24 * 51


def test_names_too_unlike_in_length_are_not_scored() -> None:
    suggester = Suggester(["BKPSDM", "BKPSDM Kota Probolinggo Jawa Timur"])
    assert suggester.closest("BKPSD") == "BKPSDM"
    assert suggester.comparisons == 1  # the long name could not reach the cutoff


def test_long_names_are_neither_suggested_nor_given_suggestions() -> None:
    # A 160,000-letter name one letter from a registered one took 85 s to compare.
    alphabet = [chr(c) for c in range(0x4E00, 0x9FFF)]
    long = "".join(alphabet[i % len(alphabet)] for i in range(160_000))
    suggester = Suggester([long, "Inspektorat"])
    assert suggester.closest(long[:-1] + "x") is None
    assert suggester.closest("Inspektorat" * 20) is None
    assert suggester.closest("Inspektorad") == "Inspektorat"
    assert suggester.comparisons == 1
    at_limit = "a" * MAX_SUGGESTED_LENGTH
    assert Suggester([at_limit]).closest(at_limit[:-1] + "b") == at_limit


@given(
    st.lists(st.text(alphabet="abcde", min_size=1, max_size=8), min_size=1, max_size=10),
    st.text(alphabet="abcde", min_size=1, max_size=8),
)
def test_the_suggestion_is_the_closest_name_sharing_a_trigram(names: list[str], query: str) -> None:
    def trigrams(key: str) -> set[str]:
        padded = f"  {key} "
        return {padded[i : i + 3] for i in range(len(padded) - 2)}

    ratios = [
        SequenceMatcher(None, query, name).ratio()
        for name in dict.fromkeys(names)
        if trigrams(query) & trigrams(name)
    ]
    best = max(ratios, default=0.0)
    found = Suggester(names).closest(query)
    if best < 0.75:
        assert found is None
    else:
        assert found is not None
        assert SequenceMatcher(None, query, found).ratio() == best
