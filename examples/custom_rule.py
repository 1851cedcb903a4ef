"""A city's own consistency rule, run beside the built-in ones on the Kota Probolinggo road map.

The city decides that every row of its action plan that builds an application or an
information system (*aplikasi*, *sistem informasi*, *e-government*, *e-audit* ...) must
involve its ICT office, Diskominfo. rbroadmap has no global registry: the rule is a value
made with the `rule` decorator and passed to `rb.validate`, with the same metadata as the
built-in rules (code, name, severity, summary in both languages, documentation).

    python examples/custom_rule.py            # in Indonesian
    python examples/custom_rule.py --lang en  # in English
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Iterator

import attrs
import pendulum

import rbroadmap as rb
from rbroadmap.messages import Message
from rbroadmap.rules import CATALOGUE, Context, Ruleset, Violation, reference_markdown, rule

ICT_OFFICE = "diskominfo"  # the id of Diskominfo in the road map's unit registry
DIGITAL = re.compile(r"(?i)\be-[a-z]|\baplikasi\b|\bsistem informasi\b")


@rule(
    code="KOTA001",
    name="digital-without-diskominfo",
    severity="warning",
    summary=Message(
        "Aksi pembangunan aplikasi atau sistem informasi tanpa Diskominfo",
        "An action that builds an application or information system without Diskominfo",
    ),
    what="That every row whose action builds an application, an information system or an "
    "e-government service names Diskominfo among its responsible units.",
    why="The city's ICT office keeps one architecture and one data centre; systems built "
    "without it are hard to integrate and to maintain.",
    example="`Pengembangan aplikasi e-audit` with units `Inspektorat` only.",
    reference="Perwali on the city's e-government (example)",
)
def digital_without_diskominfo(ctx: Context) -> Iterator[Violation]:
    """Report digital actions whose units, resolved in the registry, leave out Diskominfo."""
    for row in ctx.rows:
        text = row.action.text  # the row's own action, not one merged from the row above
        if text is None or not DIGITAL.search(text):
            continue
        units = row.resolved.units
        known = {ref.id for ref in map(ctx.roadmap.unit, units) if ref is not None}
        if ICT_OFFICE not in known:
            names = ", ".join(units) or "-"
            yield Violation(
                entity_id=row.id,
                field="units",
                value=names,
                message=Message(
                    f"baris {row.id!r} membangun sistem digital tanpa Diskominfo ({names})",
                    f"row {row.id!r} builds a digital system without Diskominfo ({names})",
                ),
                suggestion=f"{names}, Diskominfo",
            )


TEXT = {
    "id": {
        "audit": "{rules} aturan, {findings} temuan: {counts}",
        "waived": "{findings} temuan, {waived} dikecualikan:",
        "reference": (
            "Dokumentasi aturan {code} dalam bentuk yang sama dengan rujukan aturan rbroadmap "
            "(Markdown, ditulis dalam bahasa Inggris): jalankan dengan --lang en."
        ),
    },
    "en": {
        "audit": "{rules} rules, {findings} findings: {counts}",
        "waived": "{findings} findings, {waived} waived:",
        "reference": "",
    },
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", choices=["id", "en"], default="id")
    args = parser.parse_args()
    lang: rb.messages.Lang = args.lang
    t = TEXT[lang]
    roadmap = rb.samples.probolinggo()

    # 1. Only the city's rule: select by its code prefix.
    report = rb.validate(roadmap, extra_rules=[digital_without_diskominfo], select=["KOTA"],
                         lang=lang)  # fmt: skip
    print(report.to_text(width=100))

    # 2. The city's rules kept beside the catalogue, raised to errors for the city's audit.
    city_rules = CATALOGUE + Ruleset([digital_without_diskominfo])
    audit = rb.validate(roadmap, rules=city_rules, severity={"KOTA": "error"}, lang=lang)
    counts = ", ".join(f"{n} {s.plural.get(lang)}" for s, n in audit.counts.items())
    print("\n" + t["audit"].format(rules=len(city_rules), findings=len(audit), counts=counts))

    # 3. One finding accepted on purpose, until the end of 2020.
    waiver = rb.Waiver(
        code="KOTA001",
        entity_id="akuntabilitas-3",
        reason="E-LPPD adalah aplikasi Kemendagri; Diskominfo hanya menyediakan jaringan",
        expires=pendulum.date(2020, 12, 31),
    )
    waived = rb.validate(
        attrs.evolve(roadmap, waivers=[waiver]),  # road maps are immutable: a changed copy
        extra_rules=[digital_without_diskominfo],
        select=["KOTA", "RB0"],
        as_of=pendulum.date(2020, 6, 30),
        lang=lang,
    )
    print("\n" + t["waived"].format(findings=len(waived), waived=len(waived.waived)))
    for finding in waived.waived:
        print(f"  {finding.code} {finding.entity_id}: {finding.waiver.reason}")  # type: ignore[union-attr]

    # 4. Its documentation, in the same form as rbroadmap's rule reference (Markdown). A
    #    rule's documentation (what it checks, why it matters) is written in English.
    if lang == "en":
        page = reference_markdown([digital_without_diskominfo])
        print("\n" + page[page.index("### KOTA001") :])
    else:
        print("\n" + t["reference"].format(code=digital_without_diskominfo.code))


if __name__ == "__main__":
    main()
