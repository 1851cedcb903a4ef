"""Every Python example in the documentation and the README runs.

The blocks of one page run in order in one namespace, as a reader would type
them, so a tutorial may build on its earlier blocks. When a ```python block is
followed directly by a ```text block, the text is what the code prints, and the
test checks that it still does.
"""

from __future__ import annotations

import contextlib
import io
import re
import sys
import types
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PAGES = sorted([ROOT / "README.md", *(ROOT / "docs").rglob("*.md")])
BLOCK = re.compile(r"^```python\n(.*?)^```\n(?:\s*^```text\n(.*?)^```)?", re.S | re.M)


def blocks(page: Path) -> list[tuple[str, str]]:
    return BLOCK.findall(page.read_text(encoding="utf-8"))


PAGES_WITH_CODE = [p for p in PAGES if blocks(p)]


def test_the_docs_have_examples() -> None:
    assert len(PAGES_WITH_CODE) >= 4


@pytest.mark.parametrize("page", PAGES_WITH_CODE, ids=lambda p: str(p.relative_to(ROOT)))
def test_page_examples_run(page: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # A real module, so that classes the page defines resolve their annotations.
    module = types.ModuleType(f"docs_{page.stem.replace('-', '_')}")
    monkeypatch.setitem(sys.modules, module.__name__, module)
    for number, (code, expected) in enumerate(blocks(page), start=1):
        out = io.StringIO()
        try:
            with contextlib.redirect_stdout(out):
                # dont_inherit: compile the page as a reader types it, without this
                # module's "from __future__ import annotations"
                block = compile(code, f"{page.name}[{number}]", "exec", dont_inherit=True)
                exec(block, module.__dict__)
        except Exception as error:  # pragma: no cover - the message is the point
            pytest.fail(f"{page.relative_to(ROOT)}, block {number}: {error!r}\n{code}")
        if expected:
            assert out.getvalue() == expected, f"{page.relative_to(ROOT)}, block {number}"
