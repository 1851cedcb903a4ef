"""Every example runs: each script in examples/ exits 0 on its own, and the notebook
runs top to bottom, without Jupyter, with every display producing well-formed HTML.

The notebook is read as the JSON it is (no nbformat, no kernel): its code cells run in
order in one namespace, and the value of a cell's last expression is "displayed" as
Jupyter would, through its ``_repr_html_`` when it has one.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from support.html import check_html
from support.snippets import module, run

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
SCRIPTS = sorted(EXAMPLES.glob("*.py"))
NOTEBOOKS = sorted(EXAMPLES.glob("*.ipynb"))
TIMEOUT = 120  # seconds; every example runs in a few


def test_the_examples_are_there() -> None:
    names = {p.name for p in SCRIPTS}
    assert {"probolinggo.py", "attainment.py", "validate.py", "custom_rule.py"} <= names
    assert any(name.startswith("test_") for name in names)  # the application-test example
    assert [p.name for p in NOTEBOOKS] == ["probolinggo.ipynb"]


@pytest.mark.parametrize("script", SCRIPTS, ids=lambda p: p.name)
def test_script_runs(script: Path, tmp_path: Path) -> None:
    # From an empty folder, as a user would run it from anywhere: nothing may depend on
    # the working directory, and nothing may be left behind in it (but Hypothesis' cache).
    done = subprocess.run(
        [sys.executable, str(script)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert done.stdout.strip(), "an example says what it did"
    assert [p.name for p in tmp_path.iterdir() if p.name != ".hypothesis"] == []


# -- the notebook


def notebook(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def code_cells(path: Path) -> list[str]:
    return [
        "".join(cell["source"]) for cell in notebook(path)["cells"] if cell["cell_type"] == "code"
    ]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_is_committed_without_outputs(path: Path) -> None:
    # Outputs would hold the paths and timings of whoever ran it last, and go stale.
    data = notebook(path)
    assert data["nbformat"] == 4
    for cell in data["cells"]:
        if cell["cell_type"] == "code":
            assert cell["outputs"] == [], "clear the outputs before committing"
            assert cell["execution_count"] is None


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_runs_top_to_bottom(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    namespace = module("notebook_" + path.stem, monkeypatch)
    shown_html = 0
    for number, source in enumerate(code_cells(path), start=1):
        # each cell as Jupyter runs it: its last expression's value is displayed
        value = run(source, namespace, name=f"{path.name}[{number}]", display=True).value
        if value is None:
            continue
        html = getattr(value, "_repr_html_", None)
        if html is not None:
            check_html(html())
            shown_html += 1
        assert repr(value)
    # the road map, an area, the validation report and the attainment report
    assert shown_html >= 4
