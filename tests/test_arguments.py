"""Arguments of the wrong type get a `ModelTypeError` naming the argument, never Python's error.

`validate({})` raised `AttributeError`, `validate(as_of="2020-06-30")` a plain
`TypeError` where `attain` raised `ModelTypeError`, and `attain(method="mean")`
attrs' `TypeError` with an ``Attribute(...)`` repr. Every public function of the
table below is now called with each of its arguments replaced by values of
other types: each call works (a choice may be given as its value's text,
``method="worst"``) or raises a `RoadmapError` that names the argument, a
`ModelTypeError` (also a `TypeError`) when the type is wrong. A scan of the
source keeps the library from raising Python's own `TypeError` or `ValueError`.
"""

from __future__ import annotations

import ast
import builtins
import inspect
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

import attrs
import pendulum
import pytest

import rbroadmap as rb
from rbroadmap import scales, schedule, values
from rbroadmap.attainment import quarter_end, quarter_of

SRC = Path(__file__).resolve().parent.parent / "src" / "rbroadmap"
SAMPLE = rb.samples.probolinggo()
DAY = pendulum.date(2020, 12, 31)
REPORT = rb.validate(SAMPLE)
ATTAINED = rb.attain(SAMPLE, [], as_of=DAY)
CHANGES = rb.diff(SAMPLE, attrs.evolve(SAMPLE, title="Road Map RB"))

# Each public function, with arguments it accepts.
CALLS: dict[str, tuple[Callable[..., Any], tuple[Any, ...], dict[str, Any]]] = {
    "validate": (rb.validate, (SAMPLE,), {}),
    "attain": (rb.attain, (SAMPLE, []), {"as_of": DAY}),
    "budget_summary": (rb.budget_summary, (SAMPLE,), {}),
    "to_dict": (rb.to_dict, (rb.Period(2018, 2022),), {}),
    "to_json": (rb.to_json, (rb.Period(2018, 2022),), {}),
    "from_dict": (rb.from_dict, ({"start": 2018, "end": 2022}, rb.Period), {}),
    "from_json": (rb.from_json, ('{"start": 2018, "end": 2022}', rb.Period), {}),
    "parse_value": (rb.parse_value, ("25%",), {}),
    "parse_rupiah": (rb.parse_rupiah, ("150.000.000,-",), {}),
    "parse_number": (rb.parse_number, ("79,30",), {}),
    "format_value": (rb.format_value, (rb.Percentage(25),), {}),
    "format_rupiah": (rb.format_rupiah, (150,), {}),
    "format_number": (rb.format_number, (Decimal("79.30"),), {}),
    "quarter_end": (quarter_end, (2020, 2), {}),
    "quarter_of": (quarter_of, (DAY,), {}),
    "ikm_2017": (scales.ikm_2017, ([3] * 9,), {}),
    "ikm_2004": (scales.ikm_2004, ([3] * 14,), {}),
    "classify": (scales.IRB.classify, (70,), {}),
    "infer_shape": (schedule.infer_shape, ([rb.Percentage(1)],), {}),
    "shape_candidates": (schedule.shape_candidates, ([rb.Percentage(1)],), {}),
    "kind_of": (values.kind_of, (rb.Percentage(1),), {}),
    "Report.to_text": (REPORT.to_text, (), {}),
    "Report.with_lang": (REPORT.with_lang, ("en",), {}),
    "AttainmentReport.to_records": (ATTAINED.to_records, (), {}),
    "synthetic_roadmap": (rb.samples.synthetic_roadmap, (3,), {"rows": 2}),
    "diff": (rb.diff, (SAMPLE, SAMPLE), {}),
    "Diff.of": (CHANGES.of, ("changed",), {}),
    "Diff.about": (CHANGES.about, (SAMPLE.id,), {}),
    "Diff.to_text": (CHANGES.to_text, ("en",), {}),
    "Diff.to_dict": (CHANGES.to_dict, ("en",), {}),
    "Change.text": (CHANGES.changes[0].text, ("en",), {}),
    "ikm_scale": (scales.ikm_scale, (2020,), {}),
    "scale_of": (scales.scale_of, (rb.IndexScore("IKM", 80),), {"year": 2020}),
    "scale_of_index": (scales.scale_of_index, ("IRB",), {}),
    "Scale.find": (scales.IRB.find, ("BB",), {}),
    "Scale.rank": (scales.IRB.rank, ("BB",), {}),
    "Scale.at_least": (scales.IRB.at_least, ("A", "BB"), {}),
    "unit_measure": (values.unit_measure, ("OPD",), {}),
    "RoadMap.get": (SAMPLE.get, ("organisasi-1",), {}),
    "RoadMap.area_of": (SAMPLE.area_of, ("organisasi-1",), {}),
    "RoadMap.parent_of": (SAMPLE.parent_of, ("organisasi-1",), {}),
    "RoadMap.ancestors": (SAMPLE.ancestors, ("organisasi-1",), {}),
}

WRONG: dict[str, Any] = {
    "None": None,
    "a whole number": 3,
    "text": "x",
    "a dict": {},
    "a list": [1],
    "an object": object(),
    "a float": 1.5,
    "a boolean": True,
}

# Arguments that take any value, or for which a wrong value is a finding, not an error.
FREE = {("from_dict", "data"), ("to_dict", "obj"), ("to_json", "obj")}

# Arguments looked up by key, as a mapping is: text that names nothing is a KeyError, as
# documented (``IRB.rank("WTP")``), like ``Scale.grade``; a value that is not text is not.
LOOKUPS = {("Scale.rank", "grade"), ("Scale.at_least", "grade"), ("Scale.at_least", "than")}


def _cases() -> list[tuple[str, str, str]]:
    cases = []
    for name, (function, _, _) in CALLS.items():
        for parameter in inspect.signature(function).parameters.values():
            if parameter.kind in (parameter.VAR_POSITIONAL, parameter.VAR_KEYWORD):
                continue
            if (name, parameter.name) not in FREE:
                cases += [(name, parameter.name, wrong) for wrong in WRONG]
    return cases


CASES = _cases()


def _call(name: str, parameter: str, value: Any) -> BaseException | None:
    """Call *name* with *parameter* set to *value*; return what it raised, if anything."""
    function, args, kwargs = CALLS[name]
    names = list(inspect.signature(function).parameters)
    positional = list(args)
    keywords = dict(kwargs)
    index = names.index(parameter)
    if index < len(positional):
        positional[index] = value
    else:
        keywords[parameter] = value
    try:
        function(*positional, **keywords)
    except Exception as error:  # what the test looks at
        return error
    return None


def test_every_function_is_called_with_its_arguments_first() -> None:
    for function, args, kwargs in CALLS.values():
        function(*args, **kwargs)  # the arguments of the table work
    assert len(CASES) > 400


@pytest.mark.parametrize(
    ("name", "parameter", "wrong"), CASES, ids=[" ".join(case) for case in CASES]
)
def test_a_wrong_argument_is_a_roadmap_error_naming_it(
    name: str, parameter: str, wrong: str
) -> None:
    value = WRONG[wrong]
    error = _call(name, parameter, value)
    if error is None:
        return  # a value the argument takes (None for an option, "x" for a text)
    if type(error) is KeyError and isinstance(value, str) and (name, parameter) in LOOKUPS:
        return  # text naming nothing, looked up by key
    assert isinstance(error, rb.RoadmapError), (
        f"{name}({parameter}={value!r}) raised {type(error).__name__}: {error}"
    )
    assert error.text("id")
    if isinstance(error, rb.ModelTypeError):  # the wrong type: the argument is named
        assert f"({parameter}" in str(error) or f".{parameter} = " in str(error), error
        assert f"({parameter}" in error.text("id") or f".{parameter} = " in error.text("id")


@pytest.mark.parametrize(
    ("option", "text", "member"),
    [
        ("method", "worst", rb.RollUpMethod.WORST),
        ("method", "budget-weighted", rb.RollUpMethod.BUDGET_WEIGHTED),
        ("lower_is_better", "ratio", rb.LowerIsBetter.RATIO),
        ("proration", "days", rb.Proration.DAYS),
        ("outlook_rule", "worst", rb.attainment.OutlookRule.WORST),
        ("outlook_rule", "share", rb.attainment.OutlookRule.SHARE),
    ],
)
def test_a_choice_of_attain_may_be_given_as_its_value(
    option: str, text: str, member: object
) -> None:
    by_text = rb.attain(SAMPLE, [], as_of=DAY, **{option: text})
    assert getattr(by_text.options, option) is member
    assert by_text == rb.attain(SAMPLE, [], as_of=DAY, **{option: member})


@pytest.mark.parametrize(
    ("option", "value", "error"),
    [
        ("method", "average", rb.ModelError),
        ("method", 1, rb.ModelTypeError),
        ("lower_is_better", "RATIO", rb.ModelError),
        ("proration", None, rb.ModelTypeError),
        ("bands", "default", rb.ModelTypeError),
        ("outlook_rule", "mean", rb.ModelError),
        ("outlook_rule", 3, rb.ModelTypeError),
    ],
)
def test_a_wrong_choice_names_the_choices(option: str, value: object, error: type) -> None:
    with pytest.raises(error) as caught:
        rb.attain(SAMPLE, [], as_of=DAY, **{option: value})
    assert f"AttainmentOptions.{option} = " in str(caught.value)
    assert "Attribute(" not in str(caught.value)
    if option != "bands":
        assert "expected one of '" in str(caught.value)
        assert "diharapkan salah satu dari '" in caught.value.text("id")


def test_a_severity_may_be_written_in_any_case() -> None:
    report = rb.validate(SAMPLE, severity={"RB4": "Error"}, select=["RB4"])
    assert {f.severity for f in report} == {rb.Severity.ERROR}


# -- the source raises no error of Python's own

# Python's errors the library may raise: KeyError from a lookup by key (``report.row``,
# ``ruleset["RB301"]``, as a mapping does) and AttributeError from the package's
# module-level __getattr__; and a few raises no caller can reach.
ALLOWED = {"KeyError", "AttributeError", "NotImplementedError"}
UNREACHABLE = {
    # below the errors: Message.get refuses a language with ValueError; the functions
    # that take lang= check it first, with a ModelError naming their argument
    ("messages.py", "check_lang"),
    ("notation.py", "_write_range"),  # Range refuses the bounds first
    ("messages.py", "__new__"),  # a LabelledEnum declared wrongly, when it is defined
    ("rules/kernel.py", "_rule_named"),  # only rules are pickled by name
    ("converters/_values.py", "_value_form"),  # registered for target values only
    ("attainment/formulas.py", "judge_number"),  # called with numeric values only
    ("errors.py", "__init__"),  # an IntegrityError without problems: the library never makes one
}
BUILTIN_ERRORS = {
    name
    for name, value in vars(builtins).items()
    if isinstance(value, type) and issubclass(value, BaseException)
}


def _raises(path: Path) -> list[tuple[str, str, int]]:
    """Every ``raise SomeBuiltinError(...)`` in *path*: (error, enclosing function, line)."""
    found = []
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for function in ast.walk(tree):
        if not isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        for node in ast.walk(function):
            if isinstance(node, ast.Raise) and node.exc is not None:
                exc = node.exc.func if isinstance(node.exc, ast.Call) else node.exc
                if isinstance(exc, ast.Name) and exc.id in BUILTIN_ERRORS:
                    found.append((exc.id, function.name, node.lineno))
    return found


def test_the_library_raises_no_error_of_pythons_own() -> None:
    raw = []
    for path in sorted(SRC.rglob("*.py")):
        where = path.relative_to(SRC).as_posix()
        if where.startswith("strategies/"):
            continue  # strategies refuse options with Hypothesis' InvalidArgument
        for error, function, line in _raises(path):
            if error in ALLOWED or (where, function) in UNREACHABLE:
                continue
            raw.append(f"{where}:{line} {function}() raises {error}")
    assert not raw, "raise a RoadmapError (see rbroadmap._checks) instead:\n" + "\n".join(raw)
