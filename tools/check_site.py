"""Check a built documentation site for what ``mkdocs build --strict`` lets through.

    mkdocs build --strict --site-dir SITE && python tools/check_site.py SITE

Fails, naming the files, when the site

* publishes a file that is not a page or the theme's own (a script kept in ``docs/``);
* shows a doctest example as text instead of code (Markdown reads ``>>>`` as three
  nested quotations, which the reference showed before ``tools/griffe_docstrings.py``),
  or a reStructuredText table as a paragraph (its ``====`` borders among the words);
* has signatures written on one long line, which happens when mkdocstrings finds
  neither Ruff nor Black to format them (it only says so at the INFO level).

``.ci/run`` runs it on every site it builds.
"""

from __future__ import annotations

import re
import sys
from html.parser import HTMLParser
from pathlib import Path

PUBLISHED = re.compile(
    r"""
    (?:.+/)?index\.html | 404\.html        # pages
    | assets/.+                            # the theme's scripts, styles, fonts, images
    | .+\.(?:png|jpe?g|gif|svg|webp|css|js) # images, styles and scripts pages link to
    | search/search_index\.json            # the search plugin's index
    | sitemap\.xml(?:\.gz)? | objects\.inv # the sitemap, and mkdocstrings' inventory
    """,
    re.VERBOSE,
)
"""The paths (relative to the site, with ``/``) a site may publish."""
LONGEST_SIGNATURE_LINE = 100
"""Characters a formatted signature line may have, string literals not counted."""
_STRING = re.compile(r"""'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*\"""")


def unexpected_files(site: Path) -> list[str]:
    """The files of *site* that are neither pages nor the theme's (relative paths)."""
    files = (p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file())
    return sorted(f for f in files if not PUBLISHED.fullmatch(f))


class _Page(HTMLParser):
    """Collects the text outside code, the signatures, and nested quotations of a page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.prose: list[str] = []
        self.signatures: list[str] = []
        self.nested_quotes = 0
        self._code = 0  # depth of <code> and <pre> elements
        self._quotes = 0  # depth of <blockquote> elements
        self._signature: list[str] | None = None
        self._signature_depth = 0  # depth of <div> elements inside a signature

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in {"code", "pre"}:
            self._code += 1
        elif tag == "blockquote":
            self._quotes += 1
            self.nested_quotes += self._quotes > 1
        elif tag == "div":
            if self._signature is not None:
                self._signature_depth += 1
            elif "doc-signature" in (dict(attrs).get("class") or "").split():
                self._signature = []
                self._signature_depth = 1

    def handle_endtag(self, tag: str) -> None:
        if tag in {"code", "pre"}:
            self._code = max(0, self._code - 1)
        elif tag == "blockquote":
            self._quotes = max(0, self._quotes - 1)
        elif tag == "div" and self._signature is not None:
            self._signature_depth -= 1
            if self._signature_depth == 0:
                self.signatures.append("".join(self._signature))
                self._signature = None

    def handle_data(self, data: str) -> None:
        if self._signature is not None:
            self._signature.append(data)
        elif not self._code:
            self.prose.append(data)


def page_problems(html: str) -> list[str]:
    """What is wrong with one built page: doctests or tables shown as text, long signatures.

    >>> page_problems('<div class="highlight"><pre><code>&gt;&gt;&gt; 1 + 1</code></pre></div>')
    []
    >>> page_problems("<blockquote><blockquote><blockquote><p>1 + 1 2</p>")
    ['a quotation inside a quotation: a doctest read as Markdown']
    >>> page_problems("<p>&gt;&gt;&gt; 1 + 1</p>")
    ["'>>>' outside code: a doctest read as text"]
    >>> page_problems("<p>====  ====== kind written ====  ====== range 70-80%</p>")
    ["'====' outside code: a reStructuredText table read as text"]
    """
    page = _Page()
    page.feed(html)
    page.close()
    problems = []
    if page.nested_quotes:
        problems.append("a quotation inside a quotation: a doctest read as Markdown")
    if any(">>>" in text for text in page.prose):
        problems.append("'>>>' outside code: a doctest read as text")
    if any(re.search("={4,}", text) for text in page.prose):
        problems.append("'====' outside code: a reStructuredText table read as text")
    for signature in page.signatures:
        for line in signature.splitlines():
            if len(_STRING.sub("''", line)) > LONGEST_SIGNATURE_LINE:
                problems.append(f"a signature not formatted: {line[:80]}…")
                break
    return problems


def site_problems(site: Path) -> list[str]:
    """Everything :func:`unexpected_files` and :func:`page_problems` find in *site*."""
    problems = [f"{name}: published, but not a page" for name in unexpected_files(site)]
    for page in sorted(site.rglob("*.html")):
        name = page.relative_to(site).as_posix()
        problems += [f"{name}: {p}" for p in page_problems(page.read_text(encoding="utf-8"))]
    return problems


def main(argv: list[str]) -> int:
    """Check the site folder given as the only argument; print what is wrong."""
    if len(argv) != 1 or not Path(argv[0]).is_dir():
        print("usage: python tools/check_site.py SITE_DIR", file=sys.stderr)
        return 2
    site = Path(argv[0])
    problems = site_problems(site)
    for problem in problems:
        print(problem, file=sys.stderr)
    pages = len(list(site.rglob("*.html")))
    if problems:
        print(f"{len(problems)} problem(s) in the site's {pages} pages", file=sys.stderr)
        return 1
    print(f"site checked: {pages} pages, nothing published but pages, doctests and signatures fine")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
