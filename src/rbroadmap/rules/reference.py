"""The rule reference (*rujukan aturan*), written from the rules' own metadata.

`reference_markdown` returns the Markdown page of the documentation's rule
reference: a table of every rule, then one section per rule under the same
headings (*What it checks*, *Why it matters*, *Example*, *Reference*), the
rules of each family (`rbroadmap.rules.families.FAMILIES`) under its title. It
only returns text; ``docs/gen_rules.py`` writes it to ``docs/reference/rules.md``,
and a test fails when the committed page differs from what the catalogue
generates.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from rbroadmap.rules.catalogue import CATALOGUE
from rbroadmap.rules.families import family_of
from rbroadmap.rules.kernel import Rule

__all__ = ["reference_markdown"]

_INTRO = """\
# Rule reference

<!-- Generated from the rules' metadata by `python docs/gen_rules.py`; do not edit. -->

`rbroadmap.validate(roadmap)` runs these rules. Each has a stable code, a name and a
default severity (*error*, *warning* or *info*), which `validate(severity={...})`
overrides. Select or leave out rules by code or prefix:
`validate(roadmap, select=["RB1", "RB402"], ignore=["RB5"])`.
"""


def _anchor(item: Rule) -> str:
    return item.code.lower()


def _column_note(item: Rule) -> str:
    """What the rule does in a road map whose action plan has no column it is about."""
    if item.column is None:
        return ""
    name = item.column.label.english.lower()
    return (
        f" Not run when the road map's profile says its action plan has no {name} column "
        "(`Profile`): one finding of severity info says so."
    )


def reference_markdown(
    rules: Iterable[Rule] | None = None, *, examples: Mapping[str, str] | None = None
) -> str:
    """Return the Markdown rule reference for *rules* (by default the catalogue).

    Args:
        rules: The rules to document; by default the catalogue.
        examples: Markdown examples by rule code, shown instead of the rules' own
            ``example`` under *Example*: ``docs/gen_rules.py`` passes the minimal
            violations the testing kit generates
            (`rbroadmap.strategies.mutations.reference_examples`).

    >>> text = reference_markdown()
    >>> "## RB401 unknown-unit" in text and "### Why it matters" in text
    True
    """
    items = sorted(CATALOGUE if rules is None else rules, key=lambda r: r.code)
    lines = [_INTRO]
    lines += ["| Code | Name | Severity | Summary |", "|---|---|---|---|"]
    for item in items:
        lines.append(
            f"| [{item.code}](#{_anchor(item)}) | `{item.name}` | {item.severity.value} | "
            f"{item.summary.english} |"
        )
    heading = None
    for item in items:
        family = family_of(item.code)
        if family is not None and family is not heading:
            heading = family
            lines += ["", f"## {family.title.english} ({family.prefix}xx)"]
        lines += [
            "",
            f"### {item.code} {item.name} {{#{_anchor(item)}}}",
            "",
            f"**{item.summary.english}** (*{item.summary.indonesian}*)",
            "",
            f"Default severity: **{item.severity.value}**.{_column_note(item)}",
            "",
            "#### What it checks",
            "",
            item.what,
            "",
            "#### Why it matters",
            "",
            item.why,
            "",
            "#### Example",
            "",
            examples[item.code] if examples and item.code in examples else item.example,
            "",
            "#### Reference",
            "",
            item.reference or "No regulation; a rule of consistency within the road map.",
        ]
    return "\n".join(lines) + "\n"
