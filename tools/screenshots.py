"""Screenshot pages of the documentation site in its light and dark themes.

    python tools/screenshots.py                      # build the site, shoot the defaults
    python tools/screenshots.py --site SITE --out DIR 'reference/model/#rbroadmap.model.Area'

Builds the site with ``mkdocs build --strict`` (or takes one already built with
``--site``), serves it on a free port of localhost, and has headless Chromium take a
screenshot of each page, once in the light scheme and once in the dark one (Material's
``default`` and ``slate``). A page is a path of the site, optionally with an anchor to
scroll to. Without pages, it shoots the API reference pages where docstring examples
and signatures are densest: the domain model, attainment and validation.

The dark scheme is forced by the server: it adds to every page a script that, for a URL
with ``?scheme=slate``, sets Material's ``data-md-color-scheme`` on ``<body>`` and keeps
it set, whatever the visitor's stored choice; for an anchor (``?at=ID``) the script hides
what comes before that heading, since headless Chromium shoots a scrolled page blank.
Pictures go to ``--out`` (``build/screenshots`` by default, which git ignores), named
after the page and the scheme.

Needs Chromium (``apt-get install chromium``); runs it with ``--no-sandbox``, so that it
works as root in a container.
"""

from __future__ import annotations

import argparse
import functools
import http.server
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import urllib.parse
from pathlib import Path
from typing import BinaryIO

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


def main(argv: list[str]) -> int:
    """Shoot the pages named in *argv* (or the defaults) in both schemes."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("pages", nargs="*", default=list(PAGES), help="site paths, #anchor allowed")
    parser.add_argument("--site", type=Path, help="a built site (default: build one)")
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "screenshots")
    parser.add_argument("--size", default="1280,1600", help="window width,height in pixels")
    parser.add_argument("--chromium", default=None, help="the browser (default: on PATH)")
    args = parser.parse_args(argv)
    chromium = args.chromium or next(
        (
            found
            for name in ("chromium", "chromium-browser", "google-chrome")
            if (found := shutil.which(name))
        ),
        None,
    )
    if chromium is None:
        print("Chromium not found: apt-get install chromium, or pass --chromium", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as built:
        site = args.site
        if site is None:
            site = Path(built)
            build_site(site)
        handler = functools.partial(_Handler, directory=str(site))
        with http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler) as server:
            threading.Thread(target=server.serve_forever, daemon=True).start()
            port = server.server_address[1]
            args.out.mkdir(parents=True, exist_ok=True)
            try:
                for page in args.pages:
                    for scheme in SCHEMES:
                        picture = args.out / picture_name(page, scheme)
                        shoot(chromium, page_url(port, page, scheme), picture, args.size)
                        print(picture)
            finally:
                server.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
