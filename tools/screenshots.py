"""Screenshot what users see, in light and dark themes: the site, the displays, the main job.

    python tools/screenshots.py                      # everything below, into build/screenshots
    python tools/screenshots.py --only site --site SITE 'reference/model/#rbroadmap.model.Area'
    python tools/screenshots.py --only displays      # the notebook displays
    python tools/screenshots.py --only main-job      # examples/probolinggo.py, both languages

**The site.** Builds the site with ``mkdocs build --strict`` (or takes one already built
with ``--site``), serves it on a free port of localhost, and has headless Chromium take a
screenshot of each page, once in the light scheme and once in the dark one (Material's
``default`` and ``slate``). A page is a path of the site, optionally with an anchor to
scroll to. Without pages, it shoots the API reference pages where docstring examples
and signatures are densest: the domain model, attainment and validation.

The dark scheme is forced by the server: it adds to every page a script that, for a URL
with ``?scheme=slate``, sets Material's ``data-md-color-scheme`` on ``<body>`` and keeps
it set, whatever the visitor's stored choice; for an anchor (``?at=ID``) the script hides
what comes before that heading, since headless Chromium shoots a scrolled page blank.

**The notebook displays.** Every display of the bundled sample (the road map, an area,
the validation report, the attainment report from the example's realisations, the budget
summary, and the diff and budget summary of an amendment of it; each in both languages)
is put into a small page that mimics a notebook's output area in three themes: JupyterLab
light and JupyterLab dark (which define the ``--jp-*`` CSS variables and style rendered
tables as JupyterLab does) and VS Code dark (``--vscode-*`` variables, no ``--jp-*``
ones). One more page shows the validation report with every folded message unfolded.

**The main job.** The output of ``examples/probolinggo.py`` in each language, in a
``<pre>`` on a light page and on a dark one, as a terminal shows it.

Pictures go to ``--out`` (``build/screenshots`` by default, which git ignores), named
after the page and the theme. Needs Chromium (``apt-get install chromium``); runs it with
``--no-sandbox``, so that it works as root in a container.
"""

from __future__ import annotations

import argparse
import functools
import html
import http.server
import os
import re
import runpy
import shutil
import subprocess
import sys
import tempfile
import threading
import urllib.parse
from pathlib import Path
from typing import Any, BinaryIO

ROOT = Path(__file__).resolve().parent.parent
PAGES = (
    "reference/model/",
    "reference/model/#rbroadmap.model.Target",
    "reference/attainment/",
    "reference/attainment/#rbroadmap.attainment.calculator.attain",
    "reference/validation/",
    "reference/validation/#rbroadmap.rules.engine.validate",
)
"""The pages shot when none is named."""
SCHEMES = ("default", "slate")
"""Material's light and dark colour schemes."""
NAMES = {"default": "light", "slate": "dark"}
FORCE_SCHEME = """<script>
(function () {
  var scheme = new URLSearchParams(location.search).get("scheme");
  if (!scheme) return;
  function force() {
    if (document.body && document.body.getAttribute("data-md-color-scheme") !== scheme) {
      document.body.setAttribute("data-md-color-scheme", scheme);
    }
  }
  new MutationObserver(force).observe(document.documentElement, {
    subtree: true, attributes: true, childList: true
  });
  document.addEventListener("DOMContentLoaded", function () {
    force();
    // ?at=ID: show the page from that heading on, by hiding what comes before it
    // (headless Chromium shoots a scrolled page blank).
    var node = document.getElementById(new URLSearchParams(location.search).get("at"));
    while (node && node.tagName !== "ARTICLE" && node !== document.body) {
      var before = node.previousElementSibling;
      for (; before; before = before.previousElementSibling) before.style.display = "none";
      node = node.parentElement;
    }
  });
  window.addEventListener("load", force);
})();
</script>"""
"""Added to ``<head>``: holds ``data-md-color-scheme`` at the scheme the URL asks for
(``?scheme=slate``), and shows the page from the heading ``?at=`` names."""
CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
    "--virtual-time-budget=5000",
)


JUPYTER_TABLES = """
.jp-RenderedHTMLCommon { font-size: 13px; line-height: 1.4; }
.jp-RenderedHTMLCommon table { border: none; border-collapse: collapse; border-spacing: 0;
  font-size: 12px; table-layout: fixed; margin-left: auto; margin-right: auto; }
.jp-RenderedHTMLCommon thead { border-bottom: var(--jp-border-width) solid var(--jp-border-color1);
  vertical-align: bottom; }
.jp-RenderedHTMLCommon td, .jp-RenderedHTMLCommon th, .jp-RenderedHTMLCommon tr {
  text-align: right; vertical-align: middle; padding: 0.5em; line-height: normal;
  white-space: normal; max-width: none; border: none; }
.jp-RenderedHTMLCommon th { font-weight: bold; }
.jp-RenderedHTMLCommon tbody tr:nth-child(odd) { background: var(--jp-layout-color0); }
.jp-RenderedHTMLCommon tbody tr:nth-child(even) {
  background: var(--jp-rendermime-table-row-background); }
.jp-RenderedHTMLCommon tbody tr:hover {
  background: var(--jp-rendermime-table-row-hover-background); }
"""
"""JupyterLab's own rules for tables in rendered HTML (``jp-RenderedHTMLCommon``)."""

THEMES = {
    "jupyterlab-light": (
        ":root { --jp-border-width: 1px; --jp-border-color1: #bdbdbd;"
        " --jp-border-color2: #e0e0e0; --jp-layout-color0: #ffffff;"
        " --jp-layout-color1: #ffffff; --jp-layout-color2: #eeeeee;"
        " --jp-rendermime-table-row-background: #f5f5f5;"
        " --jp-rendermime-table-row-hover-background: #e1f5fe;"
        " --jp-content-font-color1: rgba(0, 0, 0, 0.87); }"
        " body { background: #ffffff; color: var(--jp-content-font-color1);"
        " font-family: system-ui, -apple-system, 'Segoe UI', Helvetica, Arial, sans-serif; }"
        + JUPYTER_TABLES
    ),
    "jupyterlab-dark": (
        ":root { --jp-border-width: 1px; --jp-border-color1: #616161;"
        " --jp-border-color2: #424242; --jp-layout-color0: #111111;"
        " --jp-layout-color1: #212121; --jp-layout-color2: #424242;"
        " --jp-rendermime-table-row-background: #212121;"
        " --jp-rendermime-table-row-hover-background: rgba(3, 169, 244, 0.2);"
        " --jp-content-font-color1: rgba(255, 255, 255, 1); }"
        " body { background: #111111; color: var(--jp-content-font-color1);"
        " font-family: system-ui, -apple-system, 'Segoe UI', Helvetica, Arial, sans-serif; }"
        + JUPYTER_TABLES
    ),
    "vscode-dark": (
        ":root { --vscode-editor-background: #1e1e1e; --vscode-editor-foreground: #d4d4d4;"
        " --vscode-foreground: #cccccc; --vscode-font-family: 'Segoe WPC', 'Segoe UI',"
        " sans-serif; }"
        " body { background: var(--vscode-editor-background); color: var(--vscode-foreground);"
        " font-family: var(--vscode-font-family); font-size: 13px; }"
    ),
}
"""Pages like a notebook's output area: JupyterLab's light and dark themes, VS Code's dark."""

TERMINALS = {
    "light": "body { background: #ffffff; color: #1f1f1f; }",
    "dark": "body { background: #1e1e1e; color: #d4d4d4; }",
}
"""Pages like a terminal, for the main job's output."""

OPEN_DETAILS = (
    "<script>document.addEventListener('DOMContentLoaded', function () {"
    " document.querySelectorAll('details').forEach(function (d) { d.open = true; }); });"
    "</script>"
)
"""Unfolds every folded message of a page."""


def display_page(body: str, theme: str, *, unfold: bool = False) -> str:
    """A page that shows one notebook display, in one of `THEMES`.

    >>> page = display_page("<b>x</b>", "jupyterlab-dark")
    >>> "--jp-layout-color0: #111111" in page and "<b>x</b>" in page
    True
    """
    return (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><style>{THEMES[theme]}"
        " body { margin: 0; padding: 16px; } .cell { padding: 8px 16px; }"
        f"</style>{OPEN_DETAILS if unfold else ''}</head><body>"
        "<div class='cell jp-OutputArea-output jp-RenderedHTMLCommon'>"
        f"{body}</div></body></html>"
    )


def text_page(text: str, terminal: str) -> str:
    """A page that shows a program's output in a ``<pre>``, as a terminal of `TERMINALS`.

    >>> "&lt;b&gt;" in text_page("<b>", "dark")
    True
    """
    return (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><style>{TERMINALS[terminal]}"
        " body { margin: 0; padding: 12px; } pre { margin: 0; font-size: 13px;"
        " line-height: 17px; font-family: 'DejaVu Sans Mono', Menlo, Consolas, monospace; }"
        f"</style></head><body><pre>{html.escape(text)}</pre></body></html>"
    )


def amended(roadmap: Any) -> Any:
    """The sample as an amendment might change it.

    Targets of 2021 and 2022 lowered, one row's budget given as a total for the period and
    another's for each year, a unit added, the regulation amended named.
    """
    import attrs  # noqa: PLC0415  # the library's own dependency, loaded when asked
    import pendulum  # noqa: PLC0415

    import rbroadmap as rb  # noqa: PLC0415

    changes: dict[str, dict[str, Any]] = {
        "organisasi-1": {"targets": rb.Target.of(2018, "25%", "35%", "60%", "77,5%", "90%")},
        "tatalaksana-3": {"budget": None, "budget_total": 1_250_000_000},
        "peraturan-1": {
            "budget": None,
            "budget_per_year": rb.model.YearlyBudget(
                values={2019: 25_000_000, 2020: 50_000_000, 2021: 75_000_000}
            ),
            "units": ("Bagian Hukum", "Inspektorat"),
        },
    }

    def area(old: Any) -> Any:
        rows = tuple(attrs.evolve(row, **changes.get(row.id, {})) for row in old.actions)
        return attrs.evolve(old, actions=rows)

    return attrs.evolve(
        roadmap,
        id=f"{roadmap.id}-perubahan",
        areas=tuple(area(a) for a in roadmap.areas),
        amends=rb.Regulation(
            instrument="Peraturan Wali Kota",
            number="41",
            year=2021,
            enacted=pendulum.date(2021, 6, 30),
        ),
    )


def displays() -> list[tuple[str, str]]:
    """Every notebook display of the sample, named: ``(name, HTML)``."""
    import pendulum  # noqa: PLC0415  # the library's own dependency, loaded when asked

    import rbroadmap as rb  # noqa: PLC0415

    example = runpy.run_path(str(ROOT / "examples" / "attainment.py"))
    roadmap = rb.samples.probolinggo()
    amendment = amended(roadmap)
    report = rb.validate(roadmap)
    attained = rb.attain(
        roadmap, example["realizations"](roadmap), as_of=pendulum.date(2021, 1, 31)
    )
    return [
        ("roadmap-id", roadmap.to_html("id")),
        ("roadmap-en", roadmap.to_html("en")),
        ("area-id", roadmap.entity("pengawasan").to_html("id")),  # type: ignore[union-attr]
        ("area-en", roadmap.entity("pengawasan").to_html("en")),  # type: ignore[union-attr]
        ("validation-id", report.to_html("id")),
        ("validation-en", report.to_html("en")),
        ("attainment-id", attained.to_html("id")),
        ("attainment-en", attained.to_html("en")),
        ("budget-id", rb.budget_summary(roadmap).to_html("id")),
        ("budget-en", rb.budget_summary(roadmap).to_html("en")),
        ("budget-amended-id", rb.budget_summary(amendment).to_html("id")),
        ("budget-amended-en", rb.budget_summary(amendment).to_html("en")),
        ("diff-id", rb.diff(roadmap, amendment).to_html("id")),
        ("diff-en", rb.diff(roadmap, amendment).to_html("en")),
    ]


def main_job(lang: str) -> str:
    """What ``examples/probolinggo.py --lang LANG`` prints."""
    done = subprocess.run(
        [sys.executable, str(ROOT / "examples" / "probolinggo.py"), "--lang", lang],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=True,
        timeout=120,
    )
    return done.stdout


class _Handler(http.server.SimpleHTTPRequestHandler):
    """Serves the site; adds :data:`FORCE_SCHEME` to every page."""

    def send_head(self) -> BinaryIO | None:
        """Send a page with the scheme script, anything else as it is."""
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            path /= "index.html"
        if path.suffix != ".html" or not path.is_file():
            return super().send_head()
        page = path.read_text(encoding="utf-8").replace("</head>", FORCE_SCHEME + "</head>", 1)
        body = page.encode("utf-8")
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
        return None

    def log_message(self, format: str, *args: object) -> None:
        """Serve quietly."""


def picture_name(page: str, scheme: str) -> str:
    """The file name of a page's picture in a scheme.

    >>> picture_name("reference/model/#rbroadmap.model.Target", "slate")
    'reference-model-rbroadmap.model.Target-dark.png'
    >>> picture_name("", "default")
    'home-light.png'
    """
    slug = re.sub(r"[/#]+", "-", page).strip("-") or "home"
    return f"{slug}-{NAMES[scheme]}.png"


def page_url(port: int, page: str, scheme: str) -> str:
    """The URL that shows *page* of the served site in *scheme*.

    >>> page_url(8000, "reference/model/#rbroadmap.model.Target", "slate")
    'http://127.0.0.1:8000/reference/model/?scheme=slate&at=rbroadmap.model.Target'
    """
    path, _, anchor = page.partition("#")
    query = urllib.parse.urlencode({"scheme": scheme, **({"at": anchor} if anchor else {})})
    return f"http://127.0.0.1:{port}/{path}?{query}"


def shoot(chromium: str, url: str, picture: Path, size: str) -> None:
    """Have headless Chromium take one screenshot of *url* into *picture*."""
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            [
                chromium,
                *CHROMIUM_FLAGS,
                f"--user-data-dir={profile}",
                f"--window-size={size}",
                f"--screenshot={picture}",
                url,
            ],
            check=True,
            capture_output=True,
            timeout=120,
        )
    if not picture.is_file():
        msg = f"Chromium wrote no picture for {url}"
        raise RuntimeError(msg)


def build_site(site: Path) -> None:
    """Build the documentation into *site*, as CI does."""
    subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "--site-dir", str(site)],
        cwd=ROOT,
        check=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )


def _chromium(path: str | None) -> str | None:
    return path or next(
        (
            found
            for name in ("chromium", "chromium-browser", "google-chrome")
            if (found := shutil.which(name))
        ),
        None,
    )


def shoot_site(chromium: str, pages: list[str], site: Path | None, out: Path, size: str) -> None:
    """Shoot *pages* of the site (built into a temporary folder unless *site* is given)."""
    with tempfile.TemporaryDirectory() as built:
        if site is None:
            site = Path(built)
            build_site(site)
        handler = functools.partial(_Handler, directory=str(site))
        with http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler) as server:
            threading.Thread(target=server.serve_forever, daemon=True).start()
            port = server.server_address[1]
            try:
                for page in pages:
                    for scheme in SCHEMES:
                        picture = out / picture_name(page, scheme)
                        shoot(chromium, page_url(port, page, scheme), picture, size)
                        print(picture)
            finally:
                server.shutdown()


def shoot_pages(chromium: str, pages: list[tuple[str, str, str]], out: Path) -> None:
    """Write each ``(name, HTML, window size)`` page to a file and shoot it."""
    with tempfile.TemporaryDirectory() as folder:
        for name, page, size in pages:
            path = Path(folder) / f"{name}.html"
            path.write_text(page, encoding="utf-8")
            picture = out / f"{name}.png"
            shoot(chromium, path.as_uri(), picture, size)
            print(picture)


def display_pages() -> list[tuple[str, str, str]]:
    """Each display in each notebook theme, and the validation report unfolded."""
    pages = []
    for name, body in displays():
        tall = "1300,2000" if name.startswith("attainment") else "1300,1400"
        for theme in THEMES:
            pages.append((f"display-{name}-{theme}", display_page(body, theme), tall))
        if name.startswith("validation"):
            for theme in ("jupyterlab-light", "vscode-dark"):
                unfolded = display_page(body, theme, unfold=True)
                pages.append((f"display-{name}-unfolded-{theme}", unfolded, "1300,2600"))
    return pages


MAIN_JOB_LINES = 100
"""Lines of the main job's output in one picture: a page a person can read at a glance."""


def main_job_pages() -> list[tuple[str, str, str]]:
    """The main job's output in each language, on a light and on a dark terminal.

    In parts of `MAIN_JOB_LINES` lines each.
    """
    pages = []
    for lang in ("id", "en"):
        lines = main_job(lang).splitlines()
        parts = [lines[i : i + MAIN_JOB_LINES] for i in range(0, len(lines), MAIN_JOB_LINES)]
        for number, part in enumerate(parts, start=1):
            size = f"960,{17 * (len(part) + 1) + 24}"
            for terminal in TERMINALS:
                name = f"main-job-{lang}-{terminal}-{number}"
                pages.append((name, text_page("\n".join(part), terminal), size))
    return pages


def main(argv: list[str]) -> int:
    """Shoot what *argv* asks for: the site's pages, the displays, the main job, or all."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("pages", nargs="*", help="site paths, #anchor allowed")
    parser.add_argument(
        "--only", choices=("site", "displays", "main-job"), help="shoot only these pictures"
    )
    parser.add_argument("--site", type=Path, help="a built site (default: build one)")
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "screenshots")
    parser.add_argument("--size", default="1280,1600", help="window width,height for the site")
    parser.add_argument("--chromium", default=None, help="the browser (default: on PATH)")
    args = parser.parse_args(argv)
    chromium = _chromium(args.chromium)
    if chromium is None:
        print("Chromium not found: apt-get install chromium, or pass --chromium", file=sys.stderr)
        return 2
    args.out.mkdir(parents=True, exist_ok=True)
    only = args.only or ("site" if args.pages else None)
    if only in (None, "site"):
        shoot_site(chromium, args.pages or list(PAGES), args.site, args.out, args.size)
    if only in (None, "displays"):
        shoot_pages(chromium, display_pages(), args.out)
    if only in (None, "main-job"):
        shoot_pages(chromium, main_job_pages(), args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
