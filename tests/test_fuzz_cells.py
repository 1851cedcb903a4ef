"""Fuzzing the forms of other regions' cells: thresholds, grades, ticks, NA, unit columns.

`tests/test_fuzz_notation.py` meets the readers with any text; here the text is built
to sit close to the newer forms (signs and words of comparison, slashes and
parentheses of grades, ticks, ``NA`` and its spellings, words for powers of ten in
budgets) and is read with and without a unit column (``unit=``) and a declared scale
(``scale=``). For every text a reader returns a value or raises `rb.NotationError`,
never another exception; a value it returns is written back canonically and read again
to the same value, under the same unit and scale, and, where notation can say it,
without them. Reading takes work linear in the length of the text, counted.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import rbroadmap as rb
from rbroadmap import notation
from rbroadmap import strategies as rbst
from rbroadmap.notation import MAX_NOTATION_LENGTH, MAX_RUPIAH
from support.scaling import assert_growth, lines

NUMBERS = st.one_of(
    st.integers(0, 10**6).map(str),
    st.sampled_from(["0", "70", "79,30", "3,27", "1.500", "2,5", "5,0", "1.5", "100", "-5"]),
)
PIECES = st.one_of(
    NUMBERS,
    st.sampled_from([">", "≥", ">=", "<", "≤", "<=", "=", "=>", "> ", "≥ ", "- "]),
    st.sampled_from(
        [
            "minimal ",
            "Minimal ",
            "min.",
            "maks. ",
            "maks.",
            "paling sedikit ",
            "paling lama ",
            "lebih dari ",
            "kurang dari ",
            "di atas ",
            "sekurang-kurangnya ",
            "max ",
        ]
    ),
    st.sampled_from(
        [
            "/",
            "/B",
            "/BB",
            "/CC",
            "/A",
            "/Z",
            " (Baik)",
            " (Sangat Baik)",
            "(",
            ")",
            " / ",
            "/Terdefinisi",
            "/WTP",
        ]
    ),
    st.sampled_from(["√", "✓", "✔", "v", "V", " √", "√ √", "NA", "N/A", "n.a.", "t.a.d.", "na"]),
    st.sampled_from(
        [
            " OPD",
            " Peraturan Daerah",
            " Dan masyarakat",
            ", terintegrasi",
            " dan",
            " se-Kota",
            " hari",
            " (x)",
            "%",
            " %",
            "IRB ",
            "SAKIP ",
            "IKM ",
            "Level ",
        ]
    ),
    st.sampled_from(
        [" juta", " jt", " M", " T", " miliar", " milyar", " ribu", "Rp ", "Rp", ",-", " rupiah"]
    ),
    st.sampled_from([" ", "  ", "\t", "\u200b", "\u00a0", "\n"]),
)
NEAR_CELLS = st.lists(PIECES, min_size=1, max_size=7).map("".join)
TEXTS = st.one_of(NEAR_CELLS, rbst.notation_strings(), rbst.rupiah_strings())
UNITS = st.sampled_from(
    [
        None,
        "%",
        "persen",
        "IRB",
        "SAKIP",
        "IKM",
        "Level",
        "Indeks",
        "Dokumen",
        "Peraturan Daerah",
        "Nilai",
        "hari",
        "Rp",
        "dan",
        "",
        "1 OPD",
        "Dokumen dan Laporan",
    ]
)
SCALES = st.sampled_from([None, "IKM_2017", "IKM_2004", "SAKIP", "BPK", "XYZ"])

FUZZ = settings(max_examples=3 * settings().max_examples)


def same(a: object, b: object) -> bool:
    """Equal, and with the same digits."""
    return a == b and repr(a) == repr(b)


def refused_well(error: rb.NotationError) -> None:
    """A NotationError says what is wrong in both languages, and briefly."""
    assert isinstance(error, ValueError)
    assert str(error)
    assert error.text("id")
    assert str(error) != error.text("id")
    assert len(str(error)) < 1_000


def read(parse: Callable[[], Any], text: str) -> Any:
    """Read, returning ``None`` for a NotationError; nothing else escapes."""
    try:
        return parse()
    except rb.NotationError as error:
        refused_well(error)
        return None


@FUZZ
@given(TEXTS, UNITS, SCALES)
def test_any_cell_under_any_unit_is_a_value_or_a_notation_error(
    text: str, unit: str | None, scale: str | None
) -> None:
    value = read(lambda: rb.parse_value(text, unit=unit, scale=scale), text)
    if value is None:
        return
    canonical = rb.format_value(value)
    again = rb.parse_value(canonical, unit=unit, scale=scale)
    assert same(again, value)
    assert rb.format_value(again) == canonical
    if not (isinstance(value, rb.Graded) and value.scale is not None):
        assert same(rb.parse_value(canonical), value)  # the canonical form says its unit
    assert same(rb.from_dict(rb.to_dict(value), rb.TargetValue), value)


@FUZZ
@given(TEXTS)
def test_any_text_is_rupiah_in_full_or_short_or_a_notation_error(text: str) -> None:
    amount = read(lambda: rb.parse_rupiah(text), text)
    if amount is None:
        return
    assert type(amount) is int
    assert 0 <= amount <= MAX_RUPIAH
    assert rb.parse_rupiah(rb.format_rupiah(amount)) == amount


@given(rbst.rupiah_amounts(max_value=10**15), st.sampled_from(["juta", "jt", "M", "miliar", "T"]))
def test_an_amount_written_short_is_read_exactly_or_refused_with_its_figure(
    amount: int, word: str
) -> None:
    power = {"juta": 6, "jt": 6, "M": 9, "miliar": 9, "T": 12}[word]
    text = f"{rb.format_number(amount)} {word}"
    result = read(lambda: rb.parse_rupiah(text), text)
    if amount * 10**power <= MAX_RUPIAH:
        assert result == amount * 10**power
    else:
        assert result is None


@given(rbst.target_values(), rbst.rupiah_amounts())
def test_every_value_in_a_realisation_is_one_value_or_refused_with_a_reason(
    value: rb.TargetValue, spent: int
) -> None:
    kind = rb.values.kind_of(value)
    refusable = not kind.realised or (
        isinstance(value, rb.Graded) and isinstance(value.score, rb.Threshold)
    )
    if refusable:
        with pytest.raises(rb.ModelError) as caught:
            rb.Realization(target_id="r1", year=2020, value=value, spent=spent)  # type: ignore[arg-type]
        assert caught.value.message.indonesian != caught.value.message.english
        return
    realisation = rb.Realization(target_id="r1", year=2020, value=value, spent=spent)  # type: ignore[arg-type]
    assert rb.from_dict(rb.to_dict(realisation), rb.Realization) == realisation


# -- linear time, counted

LONG_CELLS: dict[str, Callable[[int], str]] = {
    "a comparison before many digits": lambda n: "> " + "9" * n + "%",
    "comparison words": lambda n: "minimal " * (n // 8) + "5 hari",
    "a long unit phrase": lambda n: "1 " + "Ab " * (n // 3),
    "many connectives": lambda n: "1 OPD" + " di" * (n // 3),
    "a long grade": lambda n: "IRB 70/" + "B" * n,
    "many slashes": lambda n: "70" + "/" * n + "B",
    "many parentheses": lambda n: "70 " + "(" * n + "Baik)",
    "ticks": lambda n: "√" * n,
    "a long short budget": lambda n: "1" + ".000" * (n // 4) + " juta",
}
READERS: dict[str, Callable[[str], Any]] = {
    "parse_value": rb.parse_value,
    "parse_value under a unit": lambda text: rb.parse_value(text, unit="Dokumen"),
    "parse_rupiah": rb.parse_rupiah,
}


def _attempt(read: Callable[[str], Any], text: str) -> None:
    notation._parse_value_cached.cache_clear()  # read anew, not looked up
    with contextlib.suppress(rb.NotationError):
        read(text)


@pytest.mark.parametrize("reader", READERS, ids=str)
@pytest.mark.parametrize("make", LONG_CELLS.values(), ids=list(LONG_CELLS))
def test_reading_a_cell_takes_work_linear_in_its_length(
    reader: str, make: Callable[[int], str]
) -> None:
    read = READERS[reader]

    def work(size: int) -> int:
        text = make(size)
        assert len(text) <= MAX_NOTATION_LENGTH
        _attempt(read, text)  # whatever a first reading loads, before counting
        return lines(lambda: _attempt(read, text))

    assert_growth(work, sizes=(40, 160), bound=5)


@pytest.mark.parametrize("reader", READERS, ids=str)
@pytest.mark.parametrize("make", LONG_CELLS.values(), ids=list(LONG_CELLS))
def test_a_megabyte_of_a_newer_form_is_refused_at_once(
    reader: str, make: Callable[[int], str]
) -> None:
    with pytest.raises(rb.NotationError, match="longer than"):
        READERS[reader](make(1_000_000))
