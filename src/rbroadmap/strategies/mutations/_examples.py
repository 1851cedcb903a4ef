"""The minimal violation of each rule, as the rule reference shows it."""

from __future__ import annotations

import json
from typing import Any, Final

from hypothesis import HealthCheck, Phase, find, settings

from rbroadmap.model import RoadMap
from rbroadmap.rules.validation import validate
from rbroadmap.serialisation import to_dict
from rbroadmap.strategies.clean import clean_roadmaps
from rbroadmap.strategies.mutations._core import MUTATORS, Editor, Mutation, first

_FIRST: Final = settings(
    database=None,
    derandomize=True,
    max_examples=1,
    phases=[Phase.generate],
    suppress_health_check=list(HealthCheck),
    deadline=None,
)
_WIDTH: Final = 140
_BASE_SET: Final = "permenpanrb-11-2015"


def _simplest_base(code: str) -> RoadMap:
    """The simplest clean road map the mutator of *code* can break, without hierarchies."""
    found = MUTATORS[code]
    strategy = clean_roadmaps(
        area_sets=found.area_sets or (_BASE_SET,), min_years=found.min_years, hierarchies=False
    )
    return find(strategy, lambda _: True, settings=_FIRST)


def example(code: str) -> Mutation:
    """The minimal violation (*contoh pelanggaran*) of rule *code*, the same on every run.

    The mutation of the simplest clean road map the kit draws for the rule (no
    plan hierarchies; the 2015-2019 area set unless the rule needs another), at
    the first place the mutator can put the defect. The rule reference shows it.

    Raises:
        KeyError: If *code* is not the code of a built-in rule.
    """
    found = MUTATORS[code]
    editor = Editor(_simplest_base(code))
    found.apply(editor, first)
    return Mutation(
        code=code,
        roadmap=editor.roadmap,
        changes=tuple(editor.changes),
        description=found.description,
        as_of=found.as_of,
        companions=found.companions,
    )


def _shown(value: Any) -> str:
    if value is None:
        text = "—"
    else:
        data = to_dict(value)
        text = data if isinstance(data, str) else json.dumps(data, ensure_ascii=False)
        if hasattr(value, "id") and not isinstance(value, RoadMap):
            text = f"{type(value).__name__} {text}"
        if len(text) > _WIDTH:
            text = text[: _WIDTH - 1] + "…"
    return "`" + text.replace("|", "\\|").replace("`", "'") + "`"


def _example_markdown(code: str) -> str:
    """The Markdown of the minimal violation of rule *code*, for the rule reference."""
    mutation = example(code)
    roadmap = mutation.roadmap
    options = (
        f", as_of=pendulum.date({mutation.as_of.year}, {mutation.as_of.month}, "
        f"{mutation.as_of.day})"
        if mutation.as_of
        else ""
    )
    lines = [
        f"{mutation.description.english} (*{mutation.description.indonesian}*): the simplest "
        f"clean road map the testing kit draws (`{roadmap.area_set}`, {roadmap.period}) with "
        f'these cells changed by `mutations.mutate(roadmap, "{code}")`:',
        "",
        "| Entity | Path | Before | After |",
        "|---|---|---|---|",
    ]
    lines += [
        f"| `{c.entity_id}` | `{c.path}` | {_shown(c.old)} | {_shown(c.new)} |"
        for c in mutation.changes
    ]
    report = validate(roadmap, as_of=mutation.as_of)
    findings = report.by_rule()[code]
    lines += ["", f"`validate(roadmap{options})` then reports:", ""]
    lines += [f"- `{f.path}`: {f.detail.english}" for f in findings[:3]]
    if len(findings) > 3:
        lines.append(f"- and {len(findings) - 3} more")
    if mutation.companions:
        names = ", ".join(
            f"[{c}](#{c.lower()}) ({report.by_rule()[c][0].name})"
            for c in sorted(mutation.companions)
            if c in report.by_rule()
        )
        lines += [
            "",
            f"This rule cannot fire alone: {names} fires with it, and "
            f'`strategies.violating("{code}")` accepts it.',
        ]
    return "\n".join(lines)


def reference_examples() -> dict[str, str]:
    """The minimal violation of every rule as Markdown (*contoh untuk rujukan aturan*), by code.

    What ``docs/gen_rules.py`` passes to `rbroadmap.rules.reference_markdown`: for
    each rule, the cells `example` changes (entity, path, before, after) and the
    findings `rbroadmap.validate` then reports, with the rule's companions if it
    has any.
    """
    return {code: _example_markdown(code) for code in sorted(MUTATORS)}
