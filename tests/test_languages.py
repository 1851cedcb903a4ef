"""Every output speaks one language at a time: rendered in Indonesian it holds no English
word of the library's, rendered in English no Indonesian one, and its numbers are in that
language's notation.

The outputs are found, not listed: every public class with a text (`to_text`, ``str``), a
display (`to_html`, ``_repr_html_``), a one-line ``repr`` or records (`to_records`), its
objects taken from the tests' inventory, built on road maps whose texts are neutral
tokens (`support.languages.neutral`), so that only the library's own words are read;
every error; every example script, with ``--lang`` where it takes one; the notebook. A
display added to the library is checked here as soon as an object of its class is in
the inventory. What a display must do to pass:

* take the language: ``to_html(lang=...)`` beside ``_repr_html_``, ``to_text(lang=...)``
  (a report with a language of its own shows itself in it, and `with_lang` changes it);
* write every word through a table of `rbroadmap.messages.Message` (its words then join
  the vocabulary this test reads), numbers with the language's notation
  (``format_number(..., lang=...)``);
* keep ``repr`` one line in English;
* quote the road map's own words in messages (``'...'``), as `rbroadmap._text.clip` does.
"""

from __future__ import annotations

import contextlib
import enum
import inspect
import io
import json
import re
import runpy
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

import rbroadmap as rb
from rbroadmap.attainment._lazy import lazy_repr
from support import inventory
from support.languages import ENGLISH, INDONESIAN, foreign, mixed, neutral, visible_text, words
from support.snippets import module, run

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
LANGS = ("id", "en")

# Numbers in the other language's notation: a decimal comma or dots grouping thousands
# in English; a decimal point or commas grouping thousands in Indonesian. Dates
# (2020-12-31) and regulation numbers (81/2010) are not numbers of this kind.
WRONG_NUMBERS = {
    "en": re.compile(r"(?<![\d.,])\d+,\d+(?![\d,])|(?<![\d.,])\d{1,3}(?:\.\d{3})+(?![\d.])"),
    "id": re.compile(r"(?<![\d.,])\d+\.\d{1,2}(?![\d.])|(?<![\d.,])\d{1,3}(?:,\d{3})+(?![\d,])"),
}
_QUOTED = re.compile(r"(?<![\w])'[^'\n]*'(?![\w])")


def wrong_numbers(text: str, lang: str) -> list[str]:
    """Numbers of *text*, outside quotes, written in the other language's notation."""
    return WRONG_NUMBERS[lang].findall(_QUOTED.sub(" ", text))


def check(text: str, lang: str, what: str, *, html: bool = False) -> None:
    """Fail if *text* holds a word or a number of the language other than *lang*."""
    assert isinstance(text, str), what
    bad = foreign(text, lang, html=html)
    assert not bad, f"{what} in {lang!r} holds words of the other language: {bad}"
    shown = text
    if html:
        shown = visible_text(text)
    numbers = wrong_numbers(shown, lang)
    assert not numbers, f"{what} in {lang!r} writes numbers of the other language: {numbers}"


def one_language(text: str, what: str, *, html: bool = False) -> None:
    """Fail if *text* holds words of both languages."""
    indonesian, english = mixed(text, html=html)
    assert not (indonesian and english), (
        f"{what} mixes languages: Indonesian {indonesian[:8]}, English {english[:8]}"
    )


# -- the vocabulary itself


def test_the_vocabularies_hold_the_library_s_words_and_no_common_one() -> None:
    assert {"temuan", "galat", "capaian", "anggaran", "tahun", "dan"} <= INDONESIAN
    assert {"findings", "error", "attainment", "budget", "year", "and"} <= ENGLISH
    assert not INDONESIAN & ENGLISH
    assert len(INDONESIAN) > 150
    assert len(ENGLISH) > 150


def test_the_check_finds_a_word_or_a_number_of_the_other_language() -> None:
    with pytest.raises(AssertionError, match="galat"):
        check("3 findings: 1 galat", "en", "a mixed line")
    with pytest.raises(AssertionError, match="numbers"):
        check("attained 93,88%", "en", "an Indonesian number")
    with pytest.raises(AssertionError, match="numbers"):
        check("capaian 93.88%", "id", "an English number")
    with pytest.raises(AssertionError, match="numbers"):
        check("budget Rp5.535.000.000", "en", "Indonesian thousands")
    with pytest.raises(AssertionError, match="mixes"):
        one_language("Sangat Tinggi, 36 of 36 due targets reported", "a headline")
    # the road map's own words, quoted, and ids are not the library's
    check("the problem 'sdm-1-masalah' ends on 'oleh dan'", "en", "a quote")
    check("kode area baku 'organization' tidak ada, 1,5 hari", "id", "a quote")


def test_a_neutral_road_map_keeps_its_structure_and_none_of_its_words() -> None:
    sample = rb.samples.probolinggo()
    (plain,) = neutral(sample)
    assert [a.id for a in plain.actions()] == [a.id for a in sample.actions()]
    assert rb.budget_summary(plain).total == rb.budget_summary(sample).total
    texts = " ".join(t[3] for t in rb.model.structure.texts(plain))
    assert not set(words(texts)) & (INDONESIAN | ENGLISH)
    assert len(rb.validate(plain)) >= 15  # the structure still gives findings


# -- the library's outputs


def _own(cls: type, name: str) -> Callable[..., Any] | None:
    """The method *name* of *cls* if the library defines it (not object's or attrs')."""
    for klass in cls.__mro__:
        found = klass.__dict__.get(name)
        if found is None:
            continue
        if klass is object:
            return None
        code = getattr(found, "__code__", None)
        if code is not None and code.co_filename.startswith("<attrs generated"):
            return None
        if found is lazy_repr:  # attrs' repr, with explanations shown once written
            return None
        return found  # type: ignore[no-any-return]
    return None


DISPLAYS = ("to_text", "to_html", "_repr_html_", "__str__", "__repr__", "to_records")


def _outputs() -> list[tuple[type, str]]:
    found = []
    for cls in inventory.PUBLIC_CLASSES:
        if issubclass(cls, BaseException | enum.Enum):
            continue  # errors have their own test; an enumeration member shows its code
        for name in DISPLAYS:
            if _own(cls, name) is not None:
                found.append((cls, name))
    return found


OUTPUTS = _outputs()


def test_the_outputs_are_found() -> None:
    classes = {cls for cls, _ in OUTPUTS}
    assert {rb.RoadMap, rb.Area, rb.Report, rb.AttainmentReport, rb.BudgetSummary} <= classes
    assert (rb.Report, "to_text") in OUTPUTS
    assert (rb.AttainmentReport, "to_records") in OUTPUTS


def _objects(cls: type) -> list[Any]:
    """The objects of *cls* of the neutral inventory: those it starts from, or one."""
    found = [r for r in inventory.roots(neutral=True) if type(r) is cls]
    zoo = inventory.zoo(neutral=True)
    if not found and cls in zoo:
        found = [zoo[cls]]
    return found


def _takes_lang(function: Callable[..., Any]) -> bool:
    return "lang" in inspect.signature(function).parameters


def _codes() -> frozenset[str]:
    """The values of every public enumeration: codes in records, not words."""
    return frozenset(str(m.value) for m in inventory.enum_members())


def _notation(text: str) -> bool:
    """Whether *text* is a target cell in canonical notation: data, read back as it is."""
    try:
        value = rb.parse_value(text)
    except rb.RoadmapError:
        return False
    return not isinstance(value, rb.Qualitative) and rb.format_value(value) == text


def _record_texts(records: list[dict[str, Any]]) -> Iterator[str]:
    """The texts of records meant for people: not codes (enumeration values, ``*_code``),
    nor ids of the document (``key``, ``*_id``), nor target cells, which stay in the
    document's notation."""
    codes = _codes()
    for record in records:
        for key, value in record.items():
            if not isinstance(value, str) or value in codes or key.endswith("_code"):
                continue
            if key in {"id", "key"} or key.endswith("_id"):
                continue
            if not _notation(value):
                yield value


@pytest.mark.parametrize(("cls", "name"), OUTPUTS, ids=lambda v: getattr(v, "__name__", v))
def test_every_output_is_in_one_language(cls: type, name: str) -> None:
    objects = _objects(cls)
    assert objects, f"put an object of {cls.__name__} in the inventory (support/inventory.py)"
    what = f"{cls.__name__}.{name}"
    for obj in objects:
        if name == "__repr__":
            # one line for developers, in English as Python's own are
            check(repr(obj), "en", what)
            continue
        if name == "__str__":
            if hasattr(obj, "with_lang"):
                for lang in LANGS:
                    check(str(obj.with_lang(lang)), lang, what)
            else:
                one_language(str(obj), what)
            continue
        if name == "_repr_html_":
            assert _own(cls, "to_html") is not None, (
                f"{cls.__name__} displays in notebooks: give it to_html(lang=...), "
                "which _repr_html_ calls with its default language"
            )
            if hasattr(obj, "with_lang"):  # a report shows itself in its language
                for lang in LANGS:
                    check(obj.with_lang(lang)._repr_html_(), lang, what, html=True)
            else:  # anything else in Indonesian, and to_html(lang) in either
                check(obj._repr_html_(), "id", what, html=True)
            continue
        method = getattr(obj, name)
        assert _takes_lang(method), f"{what} must take the language: {name}(lang=...)"
        for lang in LANGS:
            if name == "to_records":
                tables = (
                    ("rows", "targets", "rollups")
                    if isinstance(obj, rb.AttainmentReport)
                    else (None,)
                )
                for table in tables:
                    records = method(table, lang=lang) if table else method(lang=lang)
                    for text in _record_texts(records):
                        check(text, lang, f"{what}({table!r})")
            else:
                output = method(lang=lang)
                check(output, lang, what, html=name == "to_html")


def test_every_report_shows_its_own_language_by_default() -> None:
    for cls in (rb.Report, rb.AttainmentReport):
        for obj in _objects(cls):
            for lang in LANGS:
                shown = obj.with_lang(lang)
                assert shown._repr_html_() == shown.to_html(lang)
                assert str(shown) == shown.to_text(lang)


def test_every_error_speaks_one_language_in_each() -> None:
    for error in inventory.errors():
        assert isinstance(error, rb.RoadmapError)
        check(str(error), "en", type(error).__name__)
        check(error.text("id"), "id", type(error).__name__)
        check(error.text("en"), "en", type(error).__name__)


def test_every_rule_message_of_the_catalogue_speaks_one_language_in_each() -> None:
    golden = json.loads((ROOT / "tests" / "golden" / "rule_messages.json").read_text("utf-8"))
    assert len(golden) == len(rb.rules.CATALOGUE)
    for code, findings in golden.items():
        for finding in findings:
            check(finding["id"], "id", code)
            check(finding["en"], "en", code)
    for rule in rb.rules.CATALOGUE:
        check(rule.summary.indonesian, "id", rule.code)
        check(rule.summary.english, "en", rule.code)


# -- the examples and the notebook, on the neutral sample


@pytest.fixture
def neutral_sample(monkeypatch: pytest.MonkeyPatch) -> rb.RoadMap:
    (plain,) = neutral(rb.samples.probolinggo())
    monkeypatch.setattr(rb.samples, "probolinggo", lambda: plain)
    return plain


SCRIPTS = sorted(EXAMPLES.glob("*.py"))


def _takes_lang_option(script: Path) -> bool:
    return '"--lang"' in script.read_text(encoding="utf-8")


def _run_script(script: Path, args: list[str], monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setattr(sys, "argv", [str(script), *args])
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        runpy.run_path(str(script), run_name="__main__")
    return out.getvalue()


@pytest.mark.parametrize(
    "script", [s for s in SCRIPTS if _takes_lang_option(s)], ids=lambda p: p.name
)
@pytest.mark.parametrize("lang", LANGS)
def test_an_example_script_prints_one_language(
    script: Path, lang: str, neutral_sample: rb.RoadMap, monkeypatch: pytest.MonkeyPatch
) -> None:
    printed = _run_script(script, ["--lang", lang], monkeypatch)
    assert printed.strip()
    check(printed, lang, script.name)
    if lang == "id":
        assert printed == _run_script(script, [], monkeypatch)  # Indonesian by default


@pytest.fixture
def neutral_portfolio(monkeypatch: pytest.MonkeyPatch) -> None:
    portfolio = rb.samples.synthetic_portfolio

    def plain(count: int, **options: Any) -> list[dict[str, Any]]:
        entries = portfolio(count, **options)
        for entry in entries:
            (roadmap,) = neutral(rb.from_dict(entry["roadmap"], rb.RoadMap))
            entry["roadmap"] = rb.to_dict(roadmap)
        return entries

    monkeypatch.setattr(rb.samples, "synthetic_portfolio", plain)


@pytest.mark.parametrize(
    "script", [s for s in SCRIPTS if not _takes_lang_option(s)], ids=lambda p: p.name
)
def test_an_example_script_without_a_language_prints_english(
    script: Path, neutral_portfolio: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Scripts for developers (a portfolio across processes, property tests) print in English.
    args = ["--roadmaps", "4", "--rows", "5", "--workers", "1"]
    if "--roadmaps" not in script.read_text("utf-8"):
        args = []
    check(_run_script(script, args, monkeypatch), "en", script.name)


@pytest.mark.parametrize("lang", LANGS)
def test_the_notebook_shows_one_language_at_a_time(
    lang: str, neutral_sample: rb.RoadMap, monkeypatch: pytest.MonkeyPatch
) -> None:
    notebook = json.loads((EXAMPLES / "probolinggo.ipynb").read_text(encoding="utf-8"))
    cells = ["".join(c["source"]) for c in notebook["cells"] if c["cell_type"] == "code"]
    assert any('LANG = "id"' in cell for cell in cells)
    namespace = module(f"notebook_languages_{lang}", monkeypatch)
    shown = 0
    for number, cell in enumerate(cells, start=1):
        source = cell.replace('LANG = "id"', f'LANG = "{lang}"')
        ran = run(source, namespace, name=f"probolinggo.ipynb[{number}]", display=True)
        value = ran.value
        if ran.printed:  # what a cell prints: a message in LANG, a repr in English
            one_language(ran.printed, f"cell {number}, printed")
        if value is None:
            continue
        html = getattr(value, "_repr_html_", None)
        if html is not None:
            shown += 1
            report = isinstance(value, rb.Report | rb.AttainmentReport)
            # reports follow LANG; a road map and an area show in Indonesian
            check(html(), lang if report else "id", f"cell {number}, display", html=True)
    assert shown >= 4
