"""The documentation build: docstring examples shown as code, pages only, signatures formatted.

``tools/griffe_docstrings.py`` is the griffe extension that fences the doctest examples
of docstrings and turns their reStructuredText tables into Markdown for the API
reference; ``tools/check_site.py`` checks a built site
(``.ci/run`` runs it after ``mkdocs build``). Both are tested here without building the
site, which CI does.
"""

from __future__ import annotations

import doctest
import importlib.util
import re
import sys
import tomllib
import types
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parent.parent
TOOLS = ROOT / "tools"


def tool(name: str) -> types.ModuleType:
    """Import ``tools/<name>.py``, which is not a package."""
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, TOOLS / f"{name}.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


pytest.importorskip("griffe", reason="the docs extra builds the reference with griffe")
fences = tool("griffe_docstrings")
site = tool("check_site")
shots = tool("screenshots")
fence_doctests = fences.fence_doctests


def test_the_tools_own_examples_run() -> None:
    for module in (fences, site, shots):
        result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
        assert result.attempted > 0
        assert result.failed == 0


# --- fencing doctest blocks --------------------------------------------------------------


def test_a_doctest_after_text_is_fenced_and_set_apart() -> None:
    text = "Count (*jumlah*): a number of units.\n>>> Count(39, 'OPD').unit\n'OPD'"
    assert fence_doctests(text).split("\n") == [
        "Count (*jumlah*): a number of units.",
        "",
        "```pycon",
        ">>> Count(39, 'OPD').unit",
        "'OPD'",
        "```",
    ]


def test_a_block_runs_to_the_blank_line_and_takes_continuations_and_output() -> None:
    text = (
        ">>> value, how = combine(\n...     children)\n>>> how.english\n'mean of 2'\n\nThen text."
    )
    assert fence_doctests(text).split("\n") == [
        "```pycon",
        ">>> value, how = combine(",
        "...     children)",
        ">>> how.english",
        "'mean of 2'",
        "```",
        "",
        "Then text.",
    ]


def test_a_dedented_line_ends_the_block() -> None:
    text = "    >>> 1 + 1\n    2\nText at the margin."
    assert fence_doctests(text).split("\n") == [
        "    ```pycon",
        "    >>> 1 + 1",
        "    2",
        "    ```",
        "",
        "Text at the margin.",
    ]


def test_fenced_code_and_examples_sections_are_left_alone() -> None:
    fenced = "Text.\n\n```python\n>>> 1 + 1\n2\n```\n\n~~~\n>>> 3\n3\n~~~"
    assert fence_doctests(fenced) == fenced
    examples = "Summary.\n\nExamples:\n    >>> 1 + 1\n    2\n\n    >>> 3\n    3"
    assert fence_doctests(examples) == examples
    after = examples + "\n\nMore text.\n\n>>> 4\n4"
    assert fence_doctests(after) == examples + "\n\nMore text.\n\n```pycon\n>>> 4\n4\n```"


def test_text_without_examples_is_unchanged() -> None:
    text = "Attainment (*capaian*).\n\n> a quotation\n\n>>>no space is not a prompt"
    assert fence_doctests(text) == text


LINES = st.sampled_from(
    [
        "Text (*teks*).",
        "    indented text",
        "",
        "   ",
        ">>> x = 1",
        ">>>",
        "    >>> y",
        "... continued",
        "    ... continued",
        "42",
        "    'a'",
        "```",
        "```python",
        "    ```",
        "~~~",
        "````",
        "> a quotation",
        "Examples:",
        "    Examples:",
    ]
)
TEXTS = st.lists(LINES, max_size=14).map("\n".join)


def fenced_lines(text: str) -> list[bool]:
    """For each line of *text*: whether it lies inside a fenced block (or is its fence)."""
    inside: list[bool] = []
    marker: str | None = None
    for line in text.split("\n"):
        stripped = line.strip()
        if marker is None:
            opening = re.match(r"(`{3,}|~{3,})", stripped)
            if opening:
                marker = opening.group(1)
            inside.append(marker is not None)
        else:
            inside.append(True)
            if stripped.startswith(marker) and not stripped.strip(marker[0]):
                marker = None
    return inside


@given(TEXTS)
def test_fencing_twice_changes_nothing(text: str) -> None:
    once = fence_doctests(text)
    assert fence_doctests(once) == once


@given(TEXTS)
def test_fencing_only_adds_fences_and_blank_lines(text: str) -> None:
    original = text.split("\n")
    position = 0
    for line in fence_doctests(text).split("\n"):
        if position < len(original) and line == original[position]:
            position += 1
        else:
            assert line.strip() in {"", "```pycon", "```"}, line
    assert position == len(original), "a line of the docstring was lost"


@given(TEXTS.filter(lambda text: "Examples:" not in text))
def test_no_prompt_is_left_outside_a_fence(text: str) -> None:
    result = fence_doctests(text)
    for line, fenced in zip(result.split("\n"), fenced_lines(result), strict=True):
        if re.match(r"\s*>>>(?: |$)", line):
            assert fenced, result


# --- reStructuredText simple tables ------------------------------------------------------

markdown_tables = fences.markdown_tables


def test_a_simple_table_becomes_a_markdown_table_with_its_continuation_lines_joined() -> None:
    text = "\n".join(
        [
            "Target values:",
            "",
            "===========  ====================  =========================",
            "type         Indonesian            notation",
            "===========  ====================  =========================",
            "`Count`      jumlah dengan satuan  ``39 OPD``, ``39 OPD Dan",
            "                                   masyarakat``",
            "`Range`      rentang               ``70-80%`` | ``IRB 70-75``",
            "===========  ====================  =========================",
            "Numbers are exact.",
        ]
    )
    assert markdown_tables(text).split("\n") == [
        "Target values:",
        "",
        "| type | Indonesian | notation |",
        "| --- | --- | --- |",
        "| `Count` | jumlah dengan satuan | ``39 OPD``, ``39 OPD Dan masyarakat`` |",
        "| `Range` | rentang | ``70-80%`` \\| ``IRB 70-75`` |",
        "",
        "Numbers are exact.",
    ]


def test_a_table_without_a_header_takes_its_first_row_as_one() -> None:
    text = "=====  =====\nIRB    B\nSAKIP  BB\n=====  ====="
    assert markdown_tables(text) == "| IRB | B |\n| --- | --- |\n| SAKIP | BB |"


def test_borders_in_fences_and_lines_that_are_no_table_are_left_alone() -> None:
    for text in [
        "```text\n====  ====\na     b\n====  ====\n```",
        "Heading\n=======",  # a Markdown heading's underline: one run, not a border
        "====  ====\nno closing border",
        "====  ====\n\n====  ====",  # nothing between the borders
    ]:
        assert markdown_tables(text) == text


# Words of table cells; never a run of three backticks, which would open a fence.
CELLS = st.text(alphabet="abcxyz%-,'`", min_size=1, max_size=6).filter(lambda w: "```" not in w)


@given(
    st.integers(min_value=2, max_value=4).flatmap(
        lambda columns: st.lists(
            st.lists(st.lists(CELLS, min_size=1, max_size=2), min_size=columns, max_size=columns),
            min_size=2,
            max_size=5,
        )
    )
)
def test_a_table_reads_back_as_the_rows_it_was_written_from(rows: list[list[list[str]]]) -> None:
    # Each cell is one to two words; a cell's second word goes on a continuation line,
    # except in the first column, whose emptiness marks a continuation.
    widths = [max(len(word) for row in rows for word in row[c]) + 2 for c in range(len(rows[0]))]
    border = "  ".join("=" * width for width in widths)

    def line(words: list[str]) -> str:
        return "  ".join(word.ljust(width) for word, width in zip(words, widths, strict=True))

    lines = [border]
    for n, row in enumerate(rows):
        row[0] = row[0][:1]
        lines.append(line([cell[0] for cell in row]))
        if any(len(cell) > 1 for cell in row):
            lines.append(line(["", *(cell[1] if len(cell) > 1 else "" for cell in row[1:])]))
        if n == 0:
            lines.append(border)
    lines.append(border)
    result = markdown_tables("\n".join(lines)).split("\n")
    assert result[1] == "|" + " --- |" * len(widths)
    read = [line.removeprefix("| ").removesuffix(" |").split(" | ") for line in result]
    assert [r for n, r in enumerate(read) if n != 1] == [
        [" ".join(cell) for cell in row] for row in rows
    ]
    assert markdown_tables("\n".join(result)) == "\n".join(result)


# --- the extension on rbroadmap itself ---------------------------------------------------


def test_every_docstring_example_and_table_of_the_package_reaches_the_reference_as_such() -> None:
    import griffe

    package = griffe.load(
        "rbroadmap",
        search_paths=[str(ROOT / "src")],
        extensions=griffe.load_extensions(fences.MarkdownDocstrings),
    )
    docstrings: list[str] = []

    def walk(obj: griffe.Object) -> None:
        if obj.docstring is not None:
            docstrings.append(obj.docstring.value)
        for member in obj.members.values():
            if not member.is_alias:
                walk(member)  # type: ignore[arg-type]

    walk(package)
    fenced_blocks = sum(text.count("```pycon") for text in docstrings)
    assert fenced_blocks > 100  # about 130 examples when this test was written
    tables = sum(text.count("\n| --- |") for text in docstrings)
    assert tables >= 4  # values, schedule, scales and the status bands
    for text in docstrings:
        for line, fenced in zip(text.split("\n"), fenced_lines(text), strict=True):
            if line.startswith(">>>"):  # at the margin: outside every Google section
                assert fenced, text
            assert fenced or not re.match(r"\s*={3,} +=", line), text


def test_mkdocs_loads_the_extension_and_publishes_no_scripts() -> None:
    yaml = pytest.importorskip("yaml")
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    (mkdocstrings,) = (p["mkdocstrings"] for p in config["plugins"] if "mkdocstrings" in p)
    extensions = mkdocstrings["handlers"]["python"]["options"]["extensions"]
    path, _, name = extensions[0].partition(":")
    assert (ROOT / path).resolve() == TOOLS / "griffe_docstrings.py"
    assert name == fences.MarkdownDocstrings.__name__
    assert "*.py" in config["exclude_docs"].split()


def test_the_docs_extra_brings_a_signature_formatter() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    docs = project["optional-dependencies"]["docs"]
    assert any(re.match(r"(ruff|black)\b", requirement) for requirement in docs), docs


# --- the site check ----------------------------------------------------------------------


def test_the_site_check_finds_scripts_and_sources_among_the_pages(tmp_path: Path) -> None:
    for name in [
        "index.html",
        "404.html",
        "reference/model/index.html",
        "assets/javascripts/bundle.js",
        "assets/stylesheets/main.css",
        "search/search_index.json",
        "sitemap.xml",
        "sitemap.xml.gz",
        "objects.inv",
        "gen_rules.py",
        "reference/model.md",
        "examples/probolinggo.ipynb",
    ]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("", encoding="utf-8")
    assert site.unexpected_files(tmp_path) == [
        "examples/probolinggo.ipynb",
        "gen_rules.py",
        "reference/model.md",
    ]


def test_the_site_check_finds_signatures_on_one_long_line() -> None:
    long = (
        '<div class="doc-signature highlight"><pre><code>attain(roadmap: RoadMap, '
        "realizations: Iterable[Realization], *, as_of: Date, bands: BandTable = "
        "DEFAULT_BANDS, cap: int | None = None)</code></pre></div>"
    )
    formatted = (
        '<div class="doc-signature highlight"><pre><code>attain(\n    roadmap: RoadMap,\n'
        "    realizations: Iterable[Realization],\n    *,\n    as_of: Date,\n"
        "    bands: BandTable = DEFAULT_BANDS,\n    cap: int | None = None,\n)"
        "</code></pre></div>"
    )
    literal = (
        '<div class="doc-signature highlight"><pre><code>Entity: TypeAlias = "'
        + " | ".join(["RoadMap", "Area", "Goal", "Problem", "Action"] * 6)
        + '"</code></pre></div>'
    )
    assert site.page_problems(long) == [
        "a signature not formatted: attain(roadmap: RoadMap, realizations: "
        "Iterable[Realization], *, as_of: Date, ba…"
    ]
    assert site.page_problems(formatted) == []
    assert site.page_problems(literal) == []


# --- the distributions -------------------------------------------------------------------

dist = tool("check_dist")


def test_the_wheel_check_wants_the_package_and_nothing_else() -> None:
    package = {name.removeprefix("src/") for name in dist.tree("src/rbroadmap")}
    assert {"rbroadmap/__init__.py", "rbroadmap/py.typed"} <= package
    metadata = {"rbroadmap-1.0.dist-info/METADATA", "rbroadmap-1.0.dist-info/RECORD"}
    assert dist.wheel_problems(package | metadata) == []
    assert dist.wheel_problems(package | metadata | {"tests/conftest.py"}) == [
        "wheel: tests/conftest.py should not be there"
    ]
    assert dist.wheel_problems((package - {"rbroadmap/py.typed"}) | metadata) == [
        "wheel: rbroadmap/py.typed is missing"
    ]


def test_the_sdist_check_wants_what_pyproject_includes_and_nothing_else() -> None:
    assert {"src/rbroadmap", "tests", "docs", "tools"} <= set(dist.sdist_includes())
    complete = {"pyproject.toml", "PKG-INFO"}
    for entry in dist.sdist_includes():
        complete |= dist.tree(entry) if (ROOT / entry).is_dir() else {entry}
    assert "tools/griffe_docstrings.py" in complete
    assert "mkdocs.yml" in complete
    assert dist.sdist_problems(complete | {".gitignore"}) == []
    assert dist.sdist_problems((complete - {"mkdocs.yml"}) | {".venv/bin/python"}) == [
        "sdist: .venv/bin/python should not be there",
        "sdist: mkdocs.yml is missing",
    ]
