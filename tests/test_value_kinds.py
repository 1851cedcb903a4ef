"""Every kind of value is declared once (`rbroadmap.values.VALUE_KINDS`), and every part
of the library that treats kinds one by one covers exactly the kinds declared: notation,
the document format, the strategies, the rules and the attainment calculator. A kind
declared but forgotten somewhere fails here."""

from __future__ import annotations

import typing

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

import rbroadmap as rb
from rbroadmap import converters, notation, values
from rbroadmap.attainment import formulas, realizations
from rbroadmap.rules.engine import plain_value
from rbroadmap.strategies import realisations as realised_strategies
from rbroadmap.strategies.values import VALUE_STRATEGIES
from rbroadmap.values import VALUE_KINDS

KINDS = {kind.cls for kind in VALUE_KINDS}
TARGETS = {kind.cls for kind in VALUE_KINDS if kind.target}
NUMERIC = {kind.cls for kind in VALUE_KINDS if kind.numeric}
REALISED = {kind.cls for kind in VALUE_KINDS if kind.realised}
BOUNDS = {kind.cls for kind in VALUE_KINDS if kind.bound}


def any_value_of(cls: type) -> st.SearchStrategy[object]:
    return VALUE_STRATEGIES[cls]()


# -- the declarations


def test_each_kind_is_declared_once_with_its_own_code() -> None:
    assert len(KINDS) == len(VALUE_KINDS)
    codes = [kind.code for kind in VALUE_KINDS]
    assert len(set(codes)) == len(codes)
    for kind in VALUE_KINDS:
        assert kind.name.indonesian
        assert kind.name.english
        assert kind.notation.indonesian
        assert kind.notation.english
        assert values.kind_of(kind.cls.__new__(kind.cls)) is kind  # type: ignore[call-overload]


def test_the_static_unions_name_exactly_the_declared_kinds() -> None:
    assert set(typing.get_args(rb.TargetValue)) == TARGETS == set(values.TARGET_TYPES)
    assert set(typing.get_args(values.NumericValue)) == NUMERIC == set(values.NUMERIC_TYPES)
    assert set(typing.get_args(realizations.RealizedValue)) == REALISED | {rb.Verdict}
    assert set(realizations._REALIZED_TYPES) == REALISED | {rb.Verdict}
    assert set(values.BOUND_TYPES) == BOUNDS
    assert list(typing.get_args(rb.TargetValue)) == list(values.TARGET_TYPES)  # one order


def test_every_kind_is_exported_where_users_find_values() -> None:
    for cls in KINDS:
        assert getattr(rb, cls.__name__) is cls
        assert cls.__name__ in rb.__all__


# -- every part covers exactly the declared kinds


def test_notation_reads_and_writes_every_kind() -> None:
    assert set(notation._WRITERS) == KINDS
    assert {cls for kinds, _ in notation._READERS for cls in kinds} == TARGETS


def test_the_document_format_names_every_kind() -> None:
    assert set(converters._describe._VALUE_NAMES) == KINDS
    assert set(converters._values._FORMS) == {kind.code for kind in VALUE_KINDS}
    assert set(converters._values._CODES) == KINDS


def test_the_strategies_build_every_kind() -> None:
    assert set(VALUE_STRATEGIES) == KINDS
    not_due = {kind.cls for kind in VALUE_KINDS if not kind.due}
    assert set(realised_strategies._REALISED) | not_due == TARGETS
    assert not set(realised_strategies._REALISED) & not_due


def test_the_calculator_judges_every_kind() -> None:
    assert set(formulas._BOUNDS) == TARGETS
    assert set(realizations._TAKES) == TARGETS
    assert set(realizations._KIND_NAMES) == KINDS | {rb.Verdict}


@pytest.mark.parametrize("kind", [k for k in VALUE_KINDS if k.target], ids=lambda k: k.code)
@settings(max_examples=10, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_the_rules_check_targets_of_every_kind(kind: values.ValueKind, data: st.DataObject) -> None:
    cells = data.draw(st.lists(any_value_of(kind.cls), min_size=1, max_size=5))
    assert all(values.is_numeric(c) == kind.numeric for c in cells)
    assert all(values.is_target_value(c) for c in cells)
    target = rb.Target(values=dict(enumerate(cells, start=2018)))
    row = rb.Action(id="a1", text="Aksi", targets=target)
    area = rb.Area(id="org", name="Organisasi", actions=[row])
    roadmap = rb.RoadMap(id="r", government="X", period=rb.Period(2018, 2022), areas=[area])
    report = rb.validate(roadmap, select=["RB2"])
    assert all(f.code.startswith("RB2") for f in report.findings)


# -- and each treats every kind the same way round


@pytest.mark.parametrize("kind", VALUE_KINDS, ids=lambda k: k.code)
@settings(max_examples=30, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_a_value_of_every_kind_round_trips(kind: values.ValueKind, data: st.DataObject) -> None:
    value = data.draw(any_value_of(kind.cls))
    assert values.kind_of(value) is kind
    text = rb.format_value(value)  # type: ignore[arg-type]
    assert type(rb.parse_value(text)) is kind.cls
    assert plain_value(value) == text
    structured = rb.to_dict(value)
    assert structured["kind"] == kind.code
    assert rb.from_dict(structured, kind.cls) == value
    assert rb.from_dict(rb.to_dict(rb.Target(values={2020: value})), rb.Target)[2020] == value


@pytest.mark.parametrize("kind", [k for k in VALUE_KINDS if k.target], ids=lambda k: k.code)
@settings(max_examples=20, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_every_target_kind_is_judged_on_what_the_strategies_realise(
    kind: values.ValueKind, data: st.DataObject
) -> None:
    cell = data.draw(any_value_of(kind.cls))
    expected = formulas.Expected.point(cell)  # type: ignore[arg-type]
    assert (expected.low is not None) == (kind.numeric or kind.cls is rb.Range)
    assert values.is_due(cell) == kind.due
    if not kind.due:
        with pytest.raises(InvalidArgument, match="judged against"):
            rb.strategies.realized_values(cell)  # type: ignore[arg-type]
        return
    realised = data.draw(rb.strategies.realized_values(cell))  # type: ignore[arg-type]
    assert realizations.compatible(cell, realised)  # type: ignore[arg-type]
    outcome = formulas.judge(expected, realised)
    assert outcome.explanation.english
