"""Every example in the library's docstrings runs and gives what it says."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import rbroadmap

MODULES = sorted(m.name for m in pkgutil.walk_packages(rbroadmap.__path__, prefix="rbroadmap."))


@pytest.mark.parametrize("name", ["rbroadmap", *MODULES])
def test_docstring_examples(name: str) -> None:
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0
