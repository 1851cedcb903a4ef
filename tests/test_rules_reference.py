"""The rule reference in the docs is generated from the rules' metadata and up to date."""

from __future__ import annotations

import re
from pathlib import Path

import rbroadmap as rb
from rbroadmap.rules import reference_markdown
from rbroadmap.strategies.mutations import reference_examples
from support.rules import budget_over_400m

PAGE = Path(__file__).resolve().parent.parent / "docs" / "reference" / "rules.md"
HEADINGS = ("#### What it checks", "#### Why it matters", "#### Example", "#### Reference")


def test_the_committed_rule_reference_is_up_to_date() -> None:
    page = reference_markdown(examples=reference_examples())
    assert PAGE.read_text(encoding="utf-8") == page, (
        "docs/reference/rules.md is out of date: run `python docs/gen_rules.py`"
    )


def test_every_rule_has_one_section_under_the_same_headings() -> None:
    text = reference_markdown()
    sections = re.split(r"^### ", text, flags=re.M)[1:]
    assert [s.split()[0] for s in sections] == list(rb.rules.CATALOGUE.codes)
    for section in sections:
        positions = [section.index(h) for h in HEADINGS]
        assert positions == sorted(positions), section.splitlines()[0]
        assert all(section.count(h) == 1 for h in HEADINGS)


def test_a_reference_can_be_written_for_rules_of_ones_own() -> None:
    text = reference_markdown([budget_over_400m])
    assert "### KOTA001 budget-over-400m {#kota001}" in text
    assert "No regulation" in text
