"""The test support package checks what it says it checks: a helper that cannot fail
would make every test built on it unable to fail too."""

from __future__ import annotations

import sys

import pytest

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
