"""Checks for the HTML that objects show in notebooks: well formed, escaped, small.

A notebook renders ``_repr_html_`` as it is, so a tag left open swallows the
rest of the page and an unescaped text can run script. `check_html` parses the
HTML with the standard library and fails on any end tag that closes the wrong
element, any element left open, any tag outside the few the displays use, and
any event-handler attribute.
"""

from __future__ import annotations

from collections import Counter
from html.parser import HTMLParser

VOID = frozenset({"br", "hr", "img", "input", "meta", "link", "col", "wbr"})
ALLOWED = frozenset(
    {
        "div",
        "span",
        "b",
        "br",
        "code",
        "details",
        "summary",
        "table",
        "caption",
        "thead",
        "tbody",
        "tr",
        "th",
        "td",
        "svg",
        "rect",
        "line",
    }
)


class _Balance(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.problems: list[str] = []
        self.tags: Counter[str] = Counter()

    def _attrs(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags[tag] += 1
        if tag not in ALLOWED:
            self.problems.append(f"unexpected <{tag}>")
        for name, _ in attrs:
            if name.lower().startswith("on"):
                self.problems.append(f"event handler {name} on <{tag}>")

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._attrs(tag, attrs)
        if tag not in VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._attrs(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1] != tag:
            self.problems.append(f"</{tag}> closes {self.stack[-1:] or 'nothing'}")
        else:
            self.stack.pop()


def check_html(html: str) -> Counter[str]:
    """Fail unless *html* is well formed and holds only the displays' tags; count its tags."""
    assert isinstance(html, str)
    assert html.strip(), "empty HTML"
    parser = _Balance()
    parser.feed(html)
    parser.close()
    assert not parser.problems, parser.problems[:5]
    assert not parser.stack, f"left open: {parser.stack}"
    return parser.tags
