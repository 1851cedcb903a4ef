"""The rules engine: selection, severities, languages, waivers, reports, custom rules."""

from __future__ import annotations

import json
from collections.abc import Iterator

import attrs
import pendulum
import pytest

import rbroadmap as rb
from rbroadmap.messages import Message
from rbroadmap.rules import Context, Ruleset, Severity, Violation, rule
from support.rules import add_action, budget_over_400m, clean, codes, row, with_action


def broken() -> rb.RoadMap:
    """A road map with a handful of findings of different rules and severities."""
    rm = with_action(clean(), "organisasi-1", budget=None)  # RB301 warning
    rm = with_action(rm, "sdm-1", units=["DPMPPTSP"])  # RB401 error
    return with_action(rm, "tatalaksana-1", units=["BKPSDM", "Diskominfo"])  # RB402 warning


# -- selection


def test_by_default_every_rule_runs() -> None:
    report = rb.validate(broken())
    assert [r.code for r in report.rules] == list(rb.rules.CATALOGUE.codes)
    assert codes(report) == {"RB301", "RB401", "RB402"}


@pytest.mark.parametrize(
    ("select", "ignore", "expected"),
    [
        (["RB301"], (), {"RB301"}),
        (["RB4"], (), {"RB401", "RB402"}),
        ("RB4", (), {"RB401", "RB402"}),
        (None, ["RB4"], {"RB301"}),
        (None, "RB402", {"RB301", "RB401"}),
        (["RB4"], ["RB402"], {"RB401"}),
        # the more specific prefix wins, whichever list it is in
        (["RB402"], ["RB4"], {"RB402"}),
        # at equal length, ignore wins
        (["RB4"], ["RB4"], set()),
        (["ALL"], ["RB3"], {"RB401", "RB402"}),
    ],
)
def test_select_and_ignore_by_code_or_prefix(
    select: list[str] | str | None, ignore: list[str] | str, expected: set[str]
) -> None:
    report = rb.validate(broken(), select=select, ignore=ignore)
    assert codes(report) == expected
    assert all(r.code.startswith(("RB3", "RB4")) or select is None for r in report.rules) or (
        select == ["ALL"]
    )


@pytest.mark.parametrize("selector", ["RB9", "XX", "rb4", "RB40a", ""])
def test_a_selector_that_matches_nothing_is_refused(selector: str) -> None:
    with pytest.raises(ValueError, match="rule"):
        rb.validate(clean(), select=[selector])
    with pytest.raises(ValueError, match="rule"):
        rb.validate(clean(), ignore=[selector])


# -- severities


def test_severity_overrides_by_code_and_prefix() -> None:
    report = rb.validate(broken(), severity={"RB4": "info", "RB401": Severity.ERROR})
    by_code = {f.code: f.severity for f in report}
    assert by_code == {
        "RB301": Severity.WARNING,
        "RB401": Severity.ERROR,
        "RB402": Severity.INFO,
    }
    assert report.counts == {Severity.ERROR: 1, Severity.WARNING: 1, Severity.INFO: 1}


def test_an_unknown_severity_is_refused() -> None:
    with pytest.raises(ValueError, match="severity"):
        rb.validate(broken(), severity={"RB4": "fatal"})
    with pytest.raises(ValueError, match="rule"):
        rb.validate(broken(), severity={"RB9": "error"})


def test_severity_parse() -> None:
    assert Severity.parse("ERROR") is Severity.ERROR
    assert Severity.parse(Severity.INFO) is Severity.INFO
    assert [s.rank for s in Severity] == [0, 1, 2]


# -- languages


def test_messages_in_indonesian_by_default_and_in_english_on_request() -> None:
    indonesian = rb.validate(broken(), select=["RB401"])
    english = rb.validate(broken(), select=["RB401"], lang="en")
    (id_finding,) = indonesian.findings
    (en_finding,) = english.findings
    assert id_finding.message == "penanggung jawab 'DPMPPTSP' pada baris 'sdm-1' tidak dikenal"
    assert en_finding.message == "the responsible unit 'DPMPPTSP' of row 'sdm-1' is not known"
    assert id_finding.detail == en_finding.detail
    assert id_finding.text("en") == en_finding.message
    assert indonesian.with_lang("en") == english
    with pytest.raises(rb.ModelError, match=r"validate\(lang='fr'\): expected 'id'"):
        rb.validate(broken(), lang="fr")  # type: ignore[arg-type]


def test_a_finding_carries_everything() -> None:
    (finding,) = rb.validate(broken(), select=["RB401"]).findings
    assert finding.code == "RB401"
    assert finding.name == "unknown-unit"
    assert finding.severity is Severity.ERROR
    assert finding.entity_id == "sdm-1"
    assert finding.path == "$.areas[3].actions[0].units[0]"
    assert finding.value == "DPMPPTSP"
    assert finding.suggestion == "DPMPTSP"
    assert len(finding.fingerprint) == 16
    assert not finding.waived


# -- waivers


def waived(**waiver: object) -> rb.RoadMap:
    fields = {"code": "RB402", "entity_id": "tatalaksana-1", "reason": "Tanggung jawab bersama"}
    fields.update(waiver)
    return attrs.evolve(broken(), waivers=(rb.Waiver(**fields),))  # type: ignore[arg-type]


def test_a_waived_finding_is_reported_as_waived_and_not_counted() -> None:
    report = rb.validate(waived())
    assert codes(report) == {"RB301", "RB401"}
    (finding,) = report.waived
    assert finding.code == "RB402"
    assert finding.waiver is not None
    assert finding.waiver.reason == "Tanggung jawab bersama"
    assert report.counts[Severity.WARNING] == 1
    assert len(report.findings) == 3
    assert "Tanggung jawab bersama" in report.to_text()
    assert report.to_dict()["waived"][0]["waiver_reason"] == "Tanggung jawab bersama"


def test_a_waiver_in_force_on_its_last_day() -> None:
    roadmap = waived(expires=pendulum.date(2020, 12, 31))
    report = rb.validate(roadmap, as_of=pendulum.date(2020, 12, 31))
    assert [f.code for f in report.waived] == ["RB402"]
    assert "RB001" not in codes(report)


def test_an_expired_waiver_is_reported_and_waives_nothing() -> None:
    roadmap = waived(expires=pendulum.date(2020, 12, 31))
    report = rb.validate(roadmap, as_of=pendulum.date(2021, 1, 1), lang="en")
    assert codes(report) == {"RB001", "RB301", "RB401", "RB402"}
    (expired,) = report.by_rule()["RB001"]
    assert expired.entity_id == "tatalaksana-1"
    assert expired.path == "$.waivers[0]"
    assert "expired on 2020-12-31" in expired.message
    assert report.as_of == pendulum.date(2021, 1, 1)


def test_as_of_takes_a_standard_library_date() -> None:
    import datetime

    roadmap = waived(expires=pendulum.date(2020, 12, 31))
    report = rb.validate(roadmap, as_of=datetime.date(2021, 1, 1))
    assert "RB001" in codes(report)
    with pytest.raises(TypeError, match="as_of"):
        rb.validate(roadmap, as_of="2021-01-01")  # type: ignore[arg-type]


def test_without_as_of_an_expiry_cannot_be_judged() -> None:
    roadmap = waived(expires=pendulum.date(2020, 12, 31))
    report = rb.validate(roadmap)
    assert [f.code for f in report.waived] == ["RB402"]
    (unjudged,) = report.by_rule()["RB003"]
    assert unjudged.severity is Severity.INFO
    assert report.as_of is None


@pytest.mark.parametrize(
    "waiver",
    [
        {"entity_id": "sdm-1"},  # the rule found nothing on this entity
        {"entity_id": "tidak-ada"},  # no such entity
        {"code": "RB999"},  # no such rule
    ],
)
def test_a_waiver_that_matches_nothing_is_reported(waiver: dict[str, str]) -> None:
    report = rb.validate(waived(**waiver))
    assert "RB002" in codes(report)
    assert "RB402" in codes(report)  # nothing was waived


def test_a_waiver_of_a_rule_that_did_not_run_is_not_judged() -> None:
    report = rb.validate(waived(), select=["RB3"])
    assert codes(report) == {"RB301"}
    report = rb.validate(waived(code="RB999"), select=["RB3"])
    assert codes(report) == {"RB301"}  # RB002 did not run


def test_waiver_rules_can_be_ignored() -> None:
    report = rb.validate(waived(entity_id="sdm-1"), ignore=["RB0"])
    assert "RB002" not in codes(report)


# -- determinism and fingerprints


def test_the_same_input_gives_the_same_report() -> None:
    first = rb.validate(broken())
    second = rb.validate(broken())
    assert first == second
    assert first.to_dict() == second.to_dict()
    assert [f.fingerprint for f in first.findings] == [f.fingerprint for f in second.findings]


def test_findings_are_ordered_by_code_then_document_order() -> None:
    rm = with_action(clean(), "pola-pikir-1", units=["XYZ"])
    rm = with_action(rm, "organisasi-1", units=["ABC"])
    rm = with_action(rm, "sdm-1", budget=None)
    report = rb.validate(rm)
    assert [(f.code, f.entity_id) for f in report] == [
        ("RB301", "sdm-1"),
        ("RB401", "organisasi-1"),
        ("RB401", "pola-pikir-1"),
    ]


def test_fingerprints_ignore_the_language_and_the_position_in_the_document() -> None:
    before = rb.validate(broken())
    english = rb.validate(broken(), lang="en")
    assert {f.fingerprint for f in before} == {f.fingerprint for f in english}
    # A row added at the top of an area moves the others, but not their fingerprints.
    moved = add_action(broken(), "organisasi", row("organisasi-0"))
    area = moved.areas[0]
    moved = attrs.evolve(
        moved, areas=(attrs.evolve(area, actions=area.actions[::-1]), *moved.areas[1:])
    )
    after = rb.validate(moved)
    assert {f.fingerprint for f in before} == {f.fingerprint for f in after}
    assert before.new_since(after) == ()
    assert after.fixed_since(before) == ()


def test_fingerprints_ignore_the_wording_of_messages() -> None:
    def make(words: str) -> rb.Rule:
        @rule(
            code="KOTA001",
            name="every-row",
            severity="info",
            summary=Message(words, words),
            what=".",
            why=".",
            example=".",
        )
        def check(ctx: Context) -> Iterator[Violation]:
            for r in ctx.rows:
                yield Violation(
                    entity_id=r.id, field="text", value=r.action.text, message=Message(words, words)
                )

        return check

    one = rb.validate(clean(), rules=[make("satu")])
    two = rb.validate(clean(), rules=[make("dua, lain sekali")])
    assert [f.fingerprint for f in one] == [f.fingerprint for f in two]
    assert [f.message for f in one] != [f.message for f in two]


def test_two_reports_compare_by_fingerprint() -> None:
    before = rb.validate(broken())
    fixed = with_action(broken(), "sdm-1", units=["DPMPTSP"])
    fixed = with_action(fixed, "peraturan-1", budget=0)
    after = rb.validate(fixed)
    assert [(f.code, f.entity_id) for f in after.new_since(before)] == [("RB302", "peraturan-1")]
    assert [(f.code, f.entity_id) for f in after.fixed_since(before)] == [("RB401", "sdm-1")]
    assert after.new_since(f.fingerprint for f in before) == after.new_since(before)


# -- the report


def test_report_counts_groups_and_errors() -> None:
    report = rb.validate(broken())
    assert report.counts == {Severity.ERROR: 1, Severity.WARNING: 2, Severity.INFO: 0}
    assert report.has_errors
    assert not report.ok
    assert len(report) == 3
    assert list(report.by_rule()) == ["RB301", "RB401", "RB402"]
    assert report.codes() == ("RB301", "RB401", "RB402")
    assert report.rule("RB402").name == "several-units"
    clean_report = rb.validate(clean())
    assert clean_report.ok
    assert not clean_report.has_errors
    assert len(clean_report) == 0


def test_report_converts_to_plain_data() -> None:
    report = rb.validate(broken(), as_of=pendulum.date(2021, 1, 1))
    data = report.to_dict()
    assert json.loads(json.dumps(data)) == data
    assert data["roadmap"] == "kota-contoh-2018-2022"
    assert data["as_of"] == "2021-01-01"
    assert data["counts"] == {"error": 1, "warning": 2, "info": 0}
    assert data["has_errors"] is True
    assert [f["code"] for f in data["findings"]] == ["RB301", "RB401", "RB402"]
    first = data["findings"][1]
    assert first["message_id"] != first["message_en"]
    assert first["message"] == first["message_id"]
    assert {r["code"]: r["findings"] for r in data["rules"]}["RB401"] == 1


def test_report_text_is_grouped_by_rule_in_either_language() -> None:
    report = rb.validate(broken())
    text = report.to_text()
    assert text.splitlines()[0] == "Laporan pemeriksaan: kota-contoh-2018-2022"
    assert "3 temuan: 1 galat, 2 peringatan, 0 info" in text
    assert "RB401 unknown-unit [galat] (1): Penanggung jawab tidak dikenal" in text
    assert "usulan: DPMPTSP" in text
    english = report.to_text(lang="en")
    assert "3 findings: 1 error, 2 warning, 0 info" in english
    assert "suggestion: DPMPTSP" in english
    assert str(report) == text
    assert rb.validate(clean()).to_text(lang="en").endswith("No findings.")


# -- rules of one's own


def test_custom_rules_run_beside_the_catalogue() -> None:
    roadmap = with_action(broken(), "sdm-1", budget=500_000_000)
    report = rb.validate(roadmap, extra_rules=[budget_over_400m])
    assert "KOTA001" in codes(report)
    assert "RB401" in codes(report)
    assert report.rule("KOTA001") is budget_over_400m
    assert "KOTA001" not in rb.rules.CATALOGUE  # no global registry
    only = rb.validate(roadmap, rules=[budget_over_400m])
    assert codes(only) == {"KOTA001"}
    assert rb.validate(roadmap, extra_rules=[budget_over_400m], select=["KOTA"]).codes() == (
        "KOTA001",
    )


def test_custom_rules_can_be_waived() -> None:
    roadmap = with_action(broken(), "sdm-1", budget=500_000_000)
    roadmap = attrs.evolve(
        roadmap, waivers=(rb.Waiver(code="KOTA001", entity_id="sdm-1", reason="Disetujui"),)
    )
    report = rb.validate(roadmap, extra_rules=[budget_over_400m])
    assert [f.code for f in report.waived] == ["KOTA001"]


def test_a_ruleset_is_immutable_and_ordered() -> None:
    ruleset = rb.rules.CATALOGUE + Ruleset([budget_over_400m])
    assert isinstance(ruleset, Ruleset)
    assert ruleset.codes[0] == "KOTA001"  # ordered by code: letters, then number
    assert len(ruleset) == len(rb.rules.CATALOGUE) + 1
    assert ruleset["KOTA001"] is budget_over_400m
    with pytest.raises(KeyError):
        ruleset["RB999"]
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        ruleset.rules = ()  # type: ignore[misc]
    with pytest.raises(ValueError, match="two rules"):
        Ruleset((*rb.rules.CATALOGUE, rb.rules.CATALOGUE["RB401"]))
    with pytest.raises(ValueError, match="two rules"):
        rb.validate(clean(), extra_rules=[rb.rules.CATALOGUE["RB401"]])
    with pytest.raises(TypeError, match="Rule"):
        Ruleset([object()])  # type: ignore[list-item]


def test_a_rule_that_yields_something_else_is_refused() -> None:
    @rule(
        code="KOTA002",
        name="bad",
        severity="info",
        summary=Message(".", "."),
        what=".",
        why=".",
        example=".",
    )
    def bad(ctx: Context) -> Iterator[Violation]:
        yield "not a violation"  # type: ignore[misc]

    with pytest.raises(TypeError, match="KOTA002"):
        rb.validate(clean(), rules=[bad])


@pytest.mark.parametrize(
    ("field", "value"),
    [("code", "rb101"), ("code", "RB"), ("name", "Missing Budget"), ("severity", "fatal")],
)
def test_rule_metadata_is_checked(field: str, value: str) -> None:
    fields = {
        "code": "KOTA003",
        "name": "ok",
        "severity": "info",
        "summary": Message(".", "."),
        "what": ".",
        "why": ".",
        "example": ".",
        "check": lambda ctx: (),
    }
    fields[field] = value
    with pytest.raises(ValueError, match=field if field != "severity" else "severity"):
        rb.Rule(**fields)  # type: ignore[arg-type]


def test_every_rule_is_documented_under_the_same_headings() -> None:
    for item in rb.rules.CATALOGUE:
        assert item.summary.indonesian
        assert item.summary.english
        assert item.what.strip()
        assert item.why.strip()
        assert item.example.strip()
        assert len(item.summary.english) < 100, item.code
        assert item.check.__doc__ or item.code.startswith("RB0"), item.code


def test_the_context_is_shared_and_read_only() -> None:
    ctx = Context(clean())
    assert ctx.rows is ctx.rows
    assert ctx.texts is ctx.texts
    assert isinstance(ctx.rows, tuple)
    assert ctx.memo("x", lambda: [1]) is ctx.memo("x", lambda: [2])
    assert ctx.path("sdm-1", "units[0]") == "$.areas[3].actions[0].units[0]"
    assert ctx.path("kota-contoh-2018-2022", "stages") == "$.stages"
    assert ctx.position("organisasi") < ctx.position("sdm-1") < ctx.position("tidak-ada")
    with pytest.raises(AttributeError):
        ctx.extra = 1  # type: ignore[attr-defined]


def test_findings_on_one_entity_and_path_keep_the_rule_order() -> None:
    import attrs

    import rbroadmap as rb

    sample = rb.samples.probolinggo()
    longer = attrs.evolve(sample, period=rb.Period(2018, 2024), stages=sample.stages[:2])
    years = [f.value for f in rb.validate(longer, select=["RB705"]).findings]
    assert years == [2020, 2021, 2022, 2023, 2024]
