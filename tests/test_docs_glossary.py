"""The glossary defines the terms the documentation uses, and the pages agree on where to start.

The docs give an Indonesian term in parentheses and italics after its English name
("attainment (*capaian*)"), and write abbreviations in capitals (SAKIP, OPD,
PermenPAN-RB). Every such term on a page, and every abbreviation, must be in the
glossary, so that a reader who meets one there can look it up.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
GLOSSARY = DOCS / "explanation" / "glossary.md"
PAGES = sorted(
    [ROOT / "README.md", ROOT / "CHANGELOG.md", *DOCS.rglob("*.md")],
)
# The rule reference is generated from the rules' metadata: its parenthesised italics
# are the Indonesian summaries of the rules, not terms (its abbreviations are checked).
GENERATED = {DOCS / "reference" / "rules.md"}

TERM = re.compile(r"\(\*([^*]+)\*")
ABBREVIATION = re.compile(r"(?<![\w.-])(?:e-)?[A-Z][A-Za-z]*[A-Z][A-Za-z]*(?:-[A-Z]+)?(?![\w-])")
ROMAN = re.compile(r"[IVX]+")
# Abbreviations and names from computing, not from Indonesian government, which the
# glossary leaves to the reader.
COMPUTING = {
    "ABC", "AMD", "API", "ASCII", "CI", "CPU", "CSV", "EPYC", "HTML", "HTTP", "ISO", "JSON",
    "JupyterLab", "KB", "KiB", "MiB", "MinHash", "MIT", "NaN", "PDF", "PEP", "PyPI", "SVG",
    "UTC", "VS",
    "CHANGELOG", "LICENSE", "README",  # the repository's own files
}  # fmt: skip


def prose(page: Path) -> str:
    """The text of a page a reader reads as words: no code, no link targets, no comments."""
    text = page.read_text(encoding="utf-8")
    text = re.sub(r"^(```|~~~).*?^\1\s*$", "", text, flags=re.S | re.M)
    text = re.sub(r"<!--.*?-->", "", text, flags=re.S)
    text = re.sub(r"^::: .*\n(?:[ \t]+.*\n|[ \t]*\n)*", "", text, flags=re.M)  # API directives
    text = re.sub(r"`[^`\n]*`", "", text)
    return re.sub(r"\]\([^)]*\)", "]", text)


def glossary() -> str:
    return " ".join(prose(GLOSSARY).split())


def defines(term: str) -> bool:
    return term.casefold() in glossary().casefold()


def terms() -> list[tuple[str, str]]:
    found = set()
    for page in PAGES:
        if page == GLOSSARY or page in GENERATED:
            continue
        for term in TERM.findall(prose(page)):
            if re.search(r"\d", term):  # a value written as in a document, not a term
                continue
            found.add((page.relative_to(ROOT).as_posix(), " ".join(term.split())))
    return sorted(found)


def abbreviations() -> list[tuple[str, str]]:
    found = set()
    for page in PAGES:
        if page == GLOSSARY:
            continue
        for word in ABBREVIATION.findall(prose(page)):
            if word not in COMPUTING and not ROMAN.fullmatch(word):
                found.add((page.relative_to(ROOT).as_posix(), word))
    return sorted(found)


def test_the_pages_are_read() -> None:
    assert ("docs/tutorials/load-json.md", "aturan konsistensi") in terms()
    assert ("docs/reference/rules.md", "PermenPAN-RB") in abbreviations()
    notation = prose(DOCS / "how-to" / "notation.md")
    assert "numbers" in notation
    assert "parse_value" not in notation  # in code only
    assert "79.30%" not in notation


@pytest.mark.parametrize(
    ("page", "term"), [pytest.param(*found, id=": ".join(found)) for found in terms()]
)
def test_every_indonesian_term_is_in_the_glossary(page: str, term: str) -> None:
    assert defines(term), f"{page} uses (*{term}*), which the glossary does not define"


@pytest.mark.parametrize(
    ("page", "word"), [pytest.param(*found, id=": ".join(found)) for found in abbreviations()]
)
def test_every_abbreviation_is_in_the_glossary(page: str, word: str) -> None:
    spelled = re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", glossary())
    assert spelled, f"{page} uses {word}, which the glossary does not spell out"


def test_the_glossary_defines_the_seed() -> None:
    assert re.search(
        r"^The seed\n:   The source document of the bundled sample",
        GLOSSARY.read_text(encoding="utf-8"),
        re.M,
    )


# -- where to start


def first_tutorial_in_the_navigation() -> str:
    yaml = pytest.importorskip("yaml")
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    (tutorials,) = (section["Tutorials"] for section in config["nav"] if "Tutorials" in section)
    (path,) = tutorials[0].values()
    return str(path)


def test_the_navigation_starts_where_the_readme_and_the_home_page_say() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    home = (DOCS / "index.md").read_text(encoding="utf-8")
    (readme_start,) = re.findall(r"Start with the tutorial\s+\[[^]]+\]\(docs/([^)]+)\)", readme)
    (home_start,) = re.findall(r"## Start here.*?^1\. \[[^]]+\]\(([^)]+)\)", home, re.S | re.M)
    assert first_tutorial_in_the_navigation() == readme_start == home_start
