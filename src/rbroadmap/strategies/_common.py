"""Cached strategies the composite strategies draw from many times per example (private)."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import Any, Final

from hypothesis import strategies as st

# -- cached strategies: composites draw from these many times per example


@functools.cache
def _int(low: int, high: int) -> st.SearchStrategy[int]:
    return st.integers(low, high)


@functools.cache
def _pick(options: Sequence[Any]) -> st.SearchStrategy[Any]:
    return st.sampled_from(options)


_BOOLEANS: Final = st.booleans()
