"""rbroadmap's own cattrs converter: fresh on every call, never the global one,
and extensible by applications with hooks for their own classes."""

from __future__ import annotations

import enum
from decimal import Decimal
from typing import Any

import attrs
import cattrs
import pendulum
import pytest

import rbroadmap as rb
from rbroadmap.converters import (
    FORMAT_VERSION,
    SUPPORTED_FORMAT_VERSIONS,
    InvalidValueError,
    configure_converter,
    describe_type,
    make_converter,
)
from rbroadmap.messages import Message
from support.snippets import blocks, check, module


def test_make_converter_returns_a_fresh_converter_every_time() -> None:
    first, second = make_converter(), make_converter()
    assert isinstance(first, cattrs.Converter)
    assert first is not second
    assert first is not cattrs.global_converter
    first.register_structure_hook(rb.Problem, lambda value, _: "changed")
    assert rb.from_dict({"id": "p1", "text": "x"}, rb.Problem, converter=second) == rb.Problem(
        id="p1", text="x"
    )


def test_cattrs_global_converter_is_left_alone() -> None:
    hooks_before = cattrs.global_converter._structure_func.get_num_fns()
    rb.from_dict({"id": "p1", "text": "x"}, rb.Problem)
    rb.to_json(rb.Problem(id="p1", text="x"))
    assert cattrs.global_converter._structure_func.get_num_fns() == hooks_before
    with pytest.raises(Exception):  # noqa: B017, PT011 - the global converter knows nothing of ours
        cattrs.global_converter.structure("25%", rb.Percentage)


def test_the_defaults_forbid_extra_keys_and_collect_every_problem() -> None:
    converter = make_converter()
    assert converter.forbid_extra_keys
    assert converter.detailed_validation
    assert converter.omit_if_default


def test_configure_converter_sets_up_any_converter() -> None:
    converter = cattrs.Converter()
    configure_converter(converter)
    assert converter.unstructure(rb.Target.of(2018, "25%")) == {"2018": "25%"}
    assert converter.structure({"2018": "25%"}, rb.Target) == rb.Target.of(2018, "25%")


def test_options_of_make_converter_are_passed_to_cattrs() -> None:
    converter = make_converter(omit_if_default=False)
    data = rb.to_dict(rb.Action(id="a1"), converter=converter)
    assert data["budget"] is None
    assert data["units"] == []
    assert rb.from_dict(data, rb.Action, converter=converter) == rb.Action(id="a1")


def test_cattrs_transform_error_works_on_the_converters_errors() -> None:
    converter = make_converter()
    with pytest.raises(cattrs.ClassValidationError) as caught:
        converter.structure({"id": "a1", "budget": 1.5, "units": "BKPSDM"}, rb.Action)
    lines = cattrs.transform_error(caught.value)
    assert any(line.endswith("@ $.budget") for line in lines)
    assert any(line.endswith("@ $.units") for line in lines)


@attrs.frozen
class Realisation:
    """A class of an application's own, holding rbroadmap types."""

    action_id: str
    year: int
    value: rb.TargetValue
    reported: pendulum.DateTime
    spent: Decimal = Decimal(0)
    evidence: tuple[str, ...] = ()


def test_an_application_class_holding_rbroadmap_types_round_trips() -> None:
    converter = make_converter()
    realisation = Realisation(
        action_id="organisasi-1",
        year=2019,
        value=rb.Percentage(Decimal("35.50")),
        reported=pendulum.datetime(2020, 1, 15, 8, tz="Asia/Makassar"),
        spent=Decimal("149999999.50"),
        evidence=("Perwali 12/2019",),
    )
    data = rb.to_dict(realisation, converter=converter)
    assert data == {
        "action_id": "organisasi-1",
        "year": 2019,
        "value": "35,50%",
        "reported": "2020-01-15T08:00:00+08:00",
        "spent": "149999999.50",
        "evidence": ["Perwali 12/2019"],
    }
    back = rb.from_json(
        rb.to_json(realisation, converter=converter), Realisation, converter=converter
    )
    assert back == realisation
    assert str(back.spent) == "149999999.50"


def test_errors_in_application_classes_come_with_paths() -> None:
    converter = make_converter()
    data = {
        "action_id": "organisasi-1",
        "year": "2019",
        "value": "35.5%",
        "reported": "2020-01-15 08:00",
        "spent": 1.5,
        "evidence": "Perwali",
        "extra": 1,
    }
    with pytest.raises(rb.DataError) as caught:
        rb.from_dict(data, Realisation, converter=converter)
    assert set(caught.value.paths) == {
        "$.year",
        "$.value",
        "$.reported",
        "$.spent",
        "$.evidence",
        "$.extra",
    }


@attrs.frozen
class Evidence:
    url: str


@attrs.frozen
class Report:
    evidence: tuple[Evidence, ...]


def test_hooks_of_an_application_may_raise_bilingual_errors() -> None:
    def structure_evidence(value: Any, _: type) -> Evidence:
        if not isinstance(value, str) or not value.startswith("https://"):
            raise InvalidValueError(
                Message("diharapkan alamat https://", "expected an https:// address")
            )
        return Evidence(url=value)

    converter = make_converter()
    converter.register_structure_hook(Evidence, structure_evidence)
    with pytest.raises(rb.DataError) as caught:
        rb.from_dict({"evidence": ["https://a", "ftp://b"]}, Report, converter=converter)
    (detail,) = caught.value.details
    assert detail.path == "$.evidence[1]"
    assert detail.message == Message("diharapkan alamat https://", "expected an https:// address")


def test_plain_errors_of_application_hooks_still_become_data_errors() -> None:
    @attrs.frozen
    class Code:
        text: str

    def structure_code(value: Any, _: type) -> Code:
        raise KeyError(value)  # a bug in a hook must not escape as a KeyError

    converter = make_converter()
    converter.register_structure_hook(Code, structure_code)
    with pytest.raises(rb.DataError) as caught:
        rb.from_dict(["x"], tuple[Code, ...], converter=converter)
    assert caught.value.paths == ("$[0]",)


def test_a_converter_without_detailed_validation_still_raises_data_errors() -> None:
    converter = make_converter(detailed_validation=False)
    with pytest.raises(rb.DataError) as caught:
        rb.from_dict({"id": 5}, rb.Problem, converter=converter)
    assert caught.value.details


def test_format_versions() -> None:
    assert FORMAT_VERSION in SUPPORTED_FORMAT_VERSIONS


@pytest.mark.parametrize(
    ("tp", "english"),
    [
        (str, "text"),
        (int | None, "a whole number or null"),
        (tuple[rb.Problem, ...], 'a list of a Problem object with the keys "id", "text"'),
        (rb.Direction, "one of 'higher', 'lower'"),
        (rb.TargetValue, "a target value in notation such as '25%'"),
        (pendulum.Date, "an ISO 8601 date"),
    ],
)
def test_describe_type_says_what_a_document_holds(tp: Any, english: str) -> None:
    description = describe_type(tp)
    assert description.english.startswith(english)
    assert description.indonesian


def test_the_example_of_the_module_docstring_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    import rbroadmap.converters

    (block,) = blocks(rbroadmap.converters.__doc__ or "", source="converters.py")
    namespace = module("converters_example", monkeypatch)
    check(block, namespace)
    assert namespace.submission.received.utcoffset().total_seconds() == 7 * 3600


class Verdict(enum.Enum):
    """A verdict of an application's own, beside values in one union."""

    DONE = "done"
    NOT_DONE = "not-done"


@attrs.frozen
class Check:
    value: rb.Percentage | rb.Count | rb.Qualitative | Verdict
    previous: rb.Percentage | rb.Count | None = None


@pytest.mark.parametrize(
    "check",
    [
        Check(value=rb.Percentage(Decimal("99.50")), previous=rb.Percentage(90)),
        Check(value=rb.Count(39, "OPD")),
        Check(value=Verdict.DONE),
        Check(value=rb.Qualitative("WTP")),
        Check(value=rb.Qualitative("done")),  # reads like the verdict: written in structured form
    ],
)
def test_unions_of_some_value_kinds_and_enums_round_trip(check: Check) -> None:
    converter = make_converter()
    data = rb.to_dict(check, converter=converter)
    assert rb.from_dict(data, Check, converter=converter) == check


def test_unions_of_some_value_kinds_refuse_the_others() -> None:
    converter = make_converter()
    assert rb.to_dict(Check(value=Verdict.NOT_DONE), converter=converter) == {"value": "not-done"}
    with pytest.raises(rb.DataError) as caught:
        rb.from_dict({"value": "IRB 70", "previous": "-"}, Check, converter=converter)
    assert caught.value.paths == ("$.value", "$.previous")
    assert "one of 'done', 'not-done'" in str(caught.value)


@attrs.frozen
class Node:
    """A recursive class of an application's own."""

    name: str
    children: tuple[Node, ...] = ()


@pytest.mark.parametrize("depth", [10, 100_000])
def test_deep_data_for_recursive_classes_fails_cleanly(depth: int) -> None:
    data: dict[str, object] = {"name": 5}
    for _ in range(depth):
        data = {"name": "n", "children": [data]}
    with pytest.raises(rb.DataError) as caught:
        rb.from_dict(data, Node, converter=make_converter())
    assert caught.value.details
    if depth == 10:
        assert caught.value.paths == ("$" + ".children[0]" * 10 + ".name",)
