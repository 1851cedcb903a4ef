"""Every Python example in the documentation and the README runs.

The blocks of one page run in order in one namespace, as a reader would type
them, so a tutorial may build on its earlier blocks. When a ```python block is
followed directly by a ```text block, the text is what the code prints, and the
test checks that it still does (`support.snippets`).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from support.snippets import blocks, module, run_page

ROOT = Path(__file__).resolve().parent.parent
PAGES = sorted([ROOT / "README.md", *(ROOT / "docs").rglob("*.md")])


def _text(page: Path) -> str:
    return page.read_text(encoding="utf-8")


def _source(page: Path) -> str:
    return str(page.relative_to(ROOT))


PAGES_WITH_CODE = [p for p in PAGES if blocks(_text(p), source=_source(p))]


def test_the_docs_have_examples() -> None:
    assert len(PAGES_WITH_CODE) >= 4


@pytest.mark.parametrize("page", PAGES_WITH_CODE, ids=_source)
def test_page_examples_run(page: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # A real module, so that classes the page defines resolve their annotations.
    namespace = module(f"docs_{page.stem.replace('-', '_')}", monkeypatch)
    run_page(_text(page), source=_source(page), namespace=namespace)
