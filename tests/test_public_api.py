"""The public namespace: the names users rely on exist, are exported in order
and are documented, with the Indonesian term."""

from __future__ import annotations

import inspect

import pytest

import rbroadmap as rb
from support.inventory import DOCUMENT_CLASSES, PUBLIC_CLASSES, PUBLIC_FUNCTIONS

API_NAMES = [
    "RoadMap",
    "Area",
    "Problem",
    "Action",
    "Result",
    "Target",
    "Programme",
    "ResponsibleUnit",
    "parse_value",
    "format_value",
    "parse_rupiah",
    "format_rupiah",
    "RoadmapError",
    "NotationError",
    "DataError",
]


@pytest.mark.parametrize("name", API_NAMES)
def test_api_names_exist(name: str) -> None:
    assert name in rb.__all__
    assert hasattr(rb, name)


def test_all_names_exist_once() -> None:
    # The order of __all__ (isort style) is enforced by ruff's RUF022.
    assert len(rb.__all__) == len(set(rb.__all__))
    for name in rb.__all__:
        assert hasattr(rb, name), name


@pytest.mark.parametrize(
    "obj", [*PUBLIC_CLASSES, *PUBLIC_FUNCTIONS], ids=lambda o: f"{o.__module__}.{o.__name__}"
)
def test_public_names_are_documented(obj: object) -> None:
    doc = inspect.getdoc(obj)
    assert doc, f"{obj} has no docstring"
    assert len(doc.splitlines()[0]) > 10


@pytest.mark.parametrize("cls", DOCUMENT_CLASSES, ids=lambda c: c.__name__)
def test_domain_docstrings_name_the_indonesian_term(cls: type) -> None:
    first_line = (inspect.getdoc(cls) or "").splitlines()[0]
    assert "*" in first_line, f"{cls.__name__}: {first_line!r} has no *Indonesian* term"


@pytest.mark.parametrize("cls", DOCUMENT_CLASSES, ids=lambda c: c.__name__)
def test_domain_classes_are_slotted_and_frozen(cls: type) -> None:
    assert "__slots__" in cls.__dict__
    assert cls.__setattr__ is not object.__setattr__
