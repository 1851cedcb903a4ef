"""The built-in rules give exactly the findings pinned in ``tests/golden/findings.json``.

The samples (Kota Probolinggo, Kabupaten Klaten), every 20th road map of the
synthetic national portfolio and the four on which RB502's exact search differs from
the MinHash signatures it replaced are validated and every finding compared, field
by field: code, severity, entity, path, value, both messages and the suggestion. The
file was written by the engine before validation ran over a shared index; the
faster engine gives the same findings, in the same order, but on those four road
maps. See
`tests/support/findings.py` for how to rewrite it when a finding changes on purpose.
"""

from __future__ import annotations

from typing import Any

import pytest

from support import findings as pinned

REWRITE = (
    "if the change is meant, run `python -m pytest tests/test_findings_golden.py "
    "--update-golden` and review the diff of tests/golden/findings.json"
)


@pytest.fixture(scope="module")
def golden(request: pytest.FixtureRequest) -> dict[str, list[list[Any]]]:
    if request.config.getoption("--update-golden"):
        pinned.write(pinned.observed())
    return pinned.read()


@pytest.fixture(scope="module")
def observed() -> dict[str, list[list[Any]]]:
    return pinned.observed()


def test_the_golden_file_pins_samples_and_a_slice_of_the_portfolio(
    golden: dict[str, list[list[Any]]],
) -> None:
    assert tuple(golden) == pinned.NAMES
    assert len(golden["probolinggo"]) == 40  # the sample's figure, as the docs say
    # The pinned portfolio covers every family of rules that fires on it.
    codes = {row[0] for found in golden.values() for row in found}
    assert {"RB501", "RB502", "RB503", "RB504"} <= codes, sorted(codes)


@pytest.mark.parametrize("name", pinned.NAMES)
def test_findings_are_the_pinned_ones(
    name: str, golden: dict[str, list[list[Any]]], observed: dict[str, list[list[Any]]]
) -> None:
    want, got = golden[name], observed[name]
    for i, (w, g) in enumerate(zip(want, got, strict=False)):
        assert g == w, f"{name}: finding {i} differs; {REWRITE}"
    assert len(got) == len(want), f"{name}: {len(got)} findings, pinned {len(want)}; {REWRITE}"
