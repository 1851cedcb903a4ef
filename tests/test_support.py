"""The test support package checks what it says it checks: a helper that cannot fail
would make every test built on it unable to fail too."""

from __future__ import annotations

import re
import sys
from collections.abc import Callable

import pytest

from support.scaling import (
    assert_growth,
    calls,
    cpu_seconds,
    growth,
    lines,
    peak_memory,
)
from support.snippets import blocks, check, module, run, run_page

PAGE = """\
# A page

```python
greeting = "halo"
print(greeting)
```

```text
halo
```

Some prose, then code that builds on the first block:

```python
print(greeting.upper())
```
"""


def test_blocks_are_read_with_what_they_print() -> None:
    first, second = blocks(PAGE, source="page.md")
    assert first.code == 'greeting = "halo"\nprint(greeting)\n'
    assert first.printed == "halo\n"
    assert first.name == "page.md[1]"
    assert second.printed is None
    assert second.name == "page.md[2]"


def test_a_page_runs_in_one_module(monkeypatch: pytest.MonkeyPatch) -> None:
    namespace = module("page", monkeypatch)
    run_page(PAGE, source="page.md", namespace=namespace)
    assert namespace.greeting == "halo"


def test_a_block_that_prints_something_else_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    (block,) = blocks(PAGE.replace("halo\n```\n\nSome", "hello\n```\n\nSome"), source="p.md")[:1]
    with pytest.raises(AssertionError, match=r"p\.md\[1\] prints something else"):
        check(block, module("page", monkeypatch))


def test_a_block_that_raises_fails_with_its_name_and_code(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with pytest.raises(AssertionError, match=r"(?s)page\.md\[2\]: NameError.*greeting\.upper"):
        check(blocks(PAGE, source="page.md")[1], module("page", monkeypatch))


def test_code_runs_as_a_reader_types_it(monkeypatch: pytest.MonkeyPatch) -> None:
    # No "from __future__ import annotations" leaks in from this test module.
    namespace = module("reader", monkeypatch)
    run("def f(x: int) -> int:\n    return x\n", namespace, name="r")
    assert namespace.f.__annotations__ == {"x": int, "return": int}
    assert sys.modules[namespace.__name__] is namespace


def test_a_cell_shows_its_last_expression_as_a_notebook_does(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    namespace = module("cells", monkeypatch)
    ran = run("x = 2\nprint('side')\nx * 21", namespace, name="cell", display=True)
    assert (ran.printed, ran.value) == ("side\n", 42)
    assert run("y = 1", namespace, name="cell", display=True).value is None
    assert run("x * 21", namespace, name="cell").value is None  # not asked for


# -- support.scaling


def _pairs(items: list[int]) -> int:
    count = 0
    for a in items:
        for b in items:
            if a < b:
                count += 1
    return count


def _each(items: list[int]) -> int:
    count = 0
    for _ in items:
        count += 1
    return count


def _helper(x: int) -> int:
    return x


def _helper_each(n: int) -> None:
    for i in range(n):
        _helper(i)


def test_growth_tells_linear_work_from_work_over_every_pair() -> None:
    def linear(n: int) -> int:
        return calls(lambda: [_helper(i) for i in range(n)]).total

    def quadratic(n: int) -> int:
        return calls(lambda: [_helper(i) for i in range(n) for _ in range(n)]).total

    measured = assert_growth(linear, sizes=(100, 400, 1_600), bound=5)
    assert measured.sizes == (100, 400, 1_600)
    assert all(3.9 < ratio <= 4.0 for ratio in measured.ratios)
    with pytest.raises(AssertionError, match=r"grew x1[56]\.\d+ .* over x5: size 100: "):
        assert_growth(quadratic, sizes=(100, 400), bound=5)


def test_a_bound_of_one_says_the_work_does_not_grow() -> None:
    assert_growth(lambda n: calls(lambda: len("x" * n)).total, sizes=(10, 10_000), bound=1)
    with pytest.raises(AssertionError):
        assert_growth(
            lambda n: calls(lambda: [_helper(i) for i in range(n)]).total, (10, 20), bound=1
        )


def test_sizes_must_grow_and_the_measure_must_see_work() -> None:
    with pytest.raises(ValueError, match="growing"):
        growth(lambda n: n, sizes=(10, 10))
    with pytest.raises(ValueError, match="growing"):
        growth(lambda n: n, sizes=(10,))
    with pytest.raises(ValueError, match="no work"):
        growth(lambda n: 0, sizes=(1, 2))


def test_calls_are_counted_in_all_and_by_function() -> None:
    counted = calls(lambda: [_helper(i) for i in range(50)])
    assert counted.of(_helper) == 50
    assert counted.of(_each) == 0
    assert counted.total > 50
    with pytest.raises(TypeError, match="not a Python function"):
        counted.of(len)


def test_lines_see_the_loops_that_call_nothing() -> None:
    # A comparison in two nested loops calls nothing: only the lines run show it.
    assert calls(lambda: _pairs(list(range(40)))).total < 10
    assert_growth(lambda n: lines(lambda: _each(list(range(n)))), sizes=(100, 400), bound=5)
    with pytest.raises(AssertionError):
        assert_growth(lambda n: lines(lambda: _pairs(list(range(n)))), sizes=(20, 80), bound=5)


def test_peak_memory_sees_what_is_built_in_the_square_of_the_input() -> None:
    def deletions(n: int) -> int:
        word = "a" * n
        return peak_memory(lambda: [word[:i] + word[i + 1 :] for i in range(n)])

    with pytest.raises(AssertionError):
        assert_growth(deletions, sizes=(1_000, 4_000), bound=5)
    assert_growth(lambda n: peak_memory(lambda: "a" * n), sizes=(100_000, 400_000), bound=5)


def test_cpu_seconds_see_a_regular_expression_backtrack() -> None:
    # No counter sees inside re: each search is one call, whatever it costs.
    trailing = re.compile(r"[^\w]+$")  # a run of punctuation not at the end backtracks

    def search(n: int) -> Callable[[], object]:
        text = "a" + "-" * n + "a"
        return lambda: trailing.search(text)

    assert calls(search(2_000)).total == calls(search(1)).total
    assert lines(search(2_000)) == lines(search(1))
    with pytest.raises(AssertionError):  # four times the text, some sixteen times the time
        assert_growth(lambda n: cpu_seconds(search(n)), sizes=(500, 2_000), bound=8)
    # Searching for a character is linear: four times the text, about four times the time.
    assert_growth(
        lambda n: cpu_seconds(lambda text="-" * n: text.count("a")),
        sizes=(250_000, 1_000_000),
        bound=8,
    )
