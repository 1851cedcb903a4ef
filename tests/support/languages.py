"""Which language a text is in: the library's own words, apart from the road map's.

Every output of rbroadmap is in one language at a time. To check that, a test needs
the words the library writes in each language, and a text in which the road map's own
words, Indonesian whatever the output's language, cannot be taken for them. This
module gives both:

* `INDONESIAN` and `ENGLISH`: the words of the library's interface in each language.
  They are found, not kept by hand: every bilingual text the library declares, the
  labels of its enumerations, the words of its displays and reports and the summaries
  of its rules, gives the words its Indonesian text has and its English text has not,
  and the other way round; a few words the library writes in running text are added
  by hand, and words that both languages use (``target``, ``info``, ``status``) are
  taken out. A word added to a display's table of words joins the vocabulary at once.
* `neutral`: a road map with every text of the document replaced, word for word, by a
  token that is a word of no language (``Qzab``). Ids, codes, numbers, units and list
  labels stay as they are, so that every reference still resolves and the rules and
  the calculator see the same structure; the same word always gives the same token,
  case aside, so that names still match.
* `words`: the words of a text that count: the text of HTML (with its tooltips, not
  its styles), without what a message quotes (``'...'``, the road map's words), split
  into words of letters (an id such as ``sdm-1-masalah`` is no word).
* `foreign`: the words of a text that belong to the other language.
"""

from __future__ import annotations

import enum
import functools
import importlib
import pkgutil
import re
import string
from collections.abc import Iterable, Iterator
from html.parser import HTMLParser
from typing import Any

import attrs

import rbroadmap as rb
from rbroadmap.messages import LabelledEnum, Message

__all__ = [
    "ENGLISH",
    "INDONESIAN",
    "foreign",
    "language_words",
    "mixed",
    "neutral",
    "visible_text",
    "words",
]


# -- the library's own words


def _modules() -> Iterator[Any]:
    for info in pkgutil.walk_packages(rb.__path__, prefix=f"{rb.__name__}."):
        if ".strategies" in info.name:
            continue
        yield importlib.import_module(info.name)


def _messages() -> Iterator[Message]:
    """Every bilingual text the library declares: enumeration labels, its tables of
    words (a module's dict or tuple of `Message`), its rules' summaries."""
    for module in _modules():
        for value in vars(module).values():
            if isinstance(value, type) and issubclass(value, LabelledEnum):
                yield from (member.label for member in value)
            elif isinstance(value, dict):
                yield from (v for v in value.values() if isinstance(v, Message))
            elif isinstance(value, Message):
                yield value
    yield from (rule.summary for rule in rb.rules.CATALOGUE)
    for family in rb.rules.FAMILIES:
        yield family.title


_QUOTED = re.compile(
    r"(?<![\w])'[^'\n]*'(?![\w])"  # what a message quotes: the road map's words, a value
    r"|\(\*[^*\n]+\*\)"  # a term glossed in the other language: "Summary (*Ringkasan*)"
    r"|`[^`\n]*`"  # code in Markdown
    r"|[$\w]+(?:\[\w*\])*(?:\.\w+(?:\[\w*\])*)+(?:\(\))?"  # code: Action.id, report.to_text()
)
"""What a text cites rather than says: quotes, glosses, code."""


def _unquoted(text: str) -> str:
    return _QUOTED.sub(" ", text)


_TOKEN = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
"""A word: letters, joined by hyphens or apostrophes (``on-track``, ``road map's``)."""


def _tokens(text: str) -> list[str]:
    return [t.casefold() for t in _TOKEN.findall(text)]


# Words both languages write, as the library uses them: Indonesian borrows them, or
# they are codes and names. Not evidence of either language.
SHARED = frozenset(
    {
        "a",  # a list label
        "aa",
        "b",
        "bb",
        "c",
        "cc",
        "d",
        "info",
        "irb",
        "ikm",
        "sakip",
        "spip",
        "skm",
        "bpk",
        "opd",
        "pmprb",
        "rb",
        "road",
        "map",
        "target",
        "targets",
        "status",
        "unit",
        "level",
        "id",
        "as",
        "of",
        "rp",
        "na",
        "q",
        "tw",
        "quick",
        "wins",
        "win",
        "monev",
        "to",
        "text",
        "area",  # "area perubahan", "area of change"
        "data",
        "hari",  # a unit of the document's cells, in either language
        "per",
        "no",  # "No." heads a numbered column in both
        "indeks",
        # Python's names of types, which errors name as code in both ("bukan str")
        "str",
        "int",
        "float",
        "bool",
        "dict",
        "tuple",
        "decimal",
        "nonetype",
    }
)

# Words the library writes in running text, beyond those of its tables.
_MORE_INDONESIAN = (
    "dan",
    "atau",
    "dari",
    "pada",
    "untuk",
    "dengan",
    "yang",
    "tidak",
    "belum",
    "sudah",
    "dalam",
    "oleh",
    "ke",
    "di",
    "tahun",
    "baris",
    "temuan",
    "aturan",
    "galat",
    "peringatan",
    "dikecualikan",
    "usulan",
    "alasan",
    "sampai",
    "jumlah",
    "anggaran",
    "permasalahan",
    "masalah",
    "aksi",
    "hasil",
    "penanggung",
    "jawab",
    "kondisi",
    "diharapkan",
    "capaian",
    "kategori",
    "serapan",
    "proyeksi",
    "prospek",
    "melapor",
    "dilaporkan",
    "lainnya",
    "semuanya",
    "sesuai",
    "jalur",
    "berisiko",
    "terburuk",
    "lebih",
    "dulu",
    "tiap",
    "selama",
    "periode",
    "menurut",
    "program",
    "daftar",
    "disebut",
    "tergabung",
    "sel",
    "tanpa",
    "sendiri",
    "bernomor",
    "seperti",
    "tertulis",
)
_MORE_ENGLISH = (
    "and",
    "or",
    "from",
    "for",
    "with",
    "the",
    "which",
    "not",
    "yet",
    "already",
    "in",
    "by",
    "into",
    "at",
    "year",
    "years",
    "row",
    "rows",
    "finding",
    "findings",
    "rule",
    "rules",
    "error",
    "errors",
    "warning",
    "warnings",
    "waived",
    "suggestion",
    "reason",
    "until",
    "total",
    "budget",
    "problem",
    "problems",
    "action",
    "actions",
    "result",
    "results",
    "responsible",
    "units",
    "condition",
    "expected",
    "attained",
    "band",
    "absorbed",
    "forecast",
    "outlook",
    "reported",
    "more",
    "all",
    "track",
    "risk",
    "worst",
    "first",
    "every",
    "over",
    "period",
    "programme",
    "programmes",
    "list",
    "named",
    "merged",
    "cells",
    "without",
    "own",
    "numbered",
    "written",
)


@functools.cache
def language_words() -> tuple[frozenset[str], frozenset[str]]:
    """The library's interface words: (Indonesian, English)."""
    indonesian: set[str] = set(_MORE_INDONESIAN)
    english: set[str] = set(_MORE_ENGLISH)
    for message in _messages():
        id_words = set(_tokens(_unquoted(message.indonesian)))
        en_words = set(_tokens(_unquoted(message.english)))
        indonesian |= id_words - en_words
        english |= en_words - id_words
    overlap = indonesian & english
    short = {w for w in indonesian | english if len(w) < 2}
    return (
        frozenset(indonesian - overlap - SHARED - short),
        frozenset(english - overlap - SHARED - short),
    )


INDONESIAN, ENGLISH = language_words()


# -- reading a text


class _Visible(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.code = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.parts += [value for name, value in attrs if name in {"title", "aria-label"} and value]
        self.parts.append(" ")
        self.code += tag == "code"

    def handle_endtag(self, tag: str) -> None:
        self.parts.append(" ")
        self.code -= tag == "code"

    def handle_data(self, data: str) -> None:
        if not self.code:  # code (an id, a rule's name, a method) is no word of either
            self.parts.append(data)


def visible_text(html: str) -> str:
    """What a reader of *html* sees: its text and its tooltips, not its tags, its styles
    or its code."""
    parser = _Visible()
    parser.feed(html)
    parser.close()
    return "\n".join(parser.parts)


def words(text: str, *, html: bool = False) -> list[str]:
    """The words of *text* that count: outside quotes, of letters only."""
    if html:
        text = visible_text(text)
    return _tokens(_unquoted(text))


def foreign(text: str, lang: str, *, html: bool = False) -> list[str]:
    """The words of *text* that belong to the language other than *lang*."""
    other = ENGLISH if lang == "id" else INDONESIAN
    return sorted({w for w in words(text, html=html) if w in other})


def mixed(text: str, *, html: bool = False) -> tuple[list[str], list[str]]:
    """The Indonesian and the English words of *text*; a text in one language has one empty."""
    found = set(words(text, html=html))
    return sorted(found & INDONESIAN), sorted(found & ENGLISH)


# -- a road map of neutral words

KEPT = frozenset(
    {
        "id",
        "shares",
        "standard",
        "area_set",
        "parent",
        "members",
        "service",
        "code",
        "entity_id",
        "target_id",
        "number",
        "label",
        "index",
        "scale",
        "grade",
        "unit",
    }
)
"""The fields of text that are ids, codes, labels of lists and units: kept as they are."""

_LETTERS = re.compile(r"[^\W\d_]+")


class _Tokens:
    """Each word to its token, the same word (case aside) to the same token."""

    def __init__(self) -> None:
        self._seen: dict[str, str] = {}

    def token(self, word: str) -> str:
        key = word.casefold()
        found = self._seen.get(key)
        if found is None:
            n = len(self._seen)
            letters = ""
            while True:
                n, r = divmod(n, 26)
                letters = string.ascii_lowercase[r] + letters
                if n == 0:
                    break
            found = "qz" + letters
            self._seen[key] = found
        if word.isupper() and len(word) > 1:
            return found.upper()
        if word[:1].isupper():
            return found.capitalize()
        return found

    def text(self, text: str) -> str:
        return _LETTERS.sub(lambda m: self.token(m.group()), text)


def _neutral(value: object, tokens: _Tokens, name: str = "") -> object:
    if isinstance(value, str):
        return value if name in KEPT or name.endswith("_id") else tokens.text(value)
    if isinstance(value, enum.Enum) or not attrs.has(type(value)):
        if isinstance(value, tuple):
            return tuple(_neutral(v, tokens, name) for v in value)
        if isinstance(value, list):
            return [_neutral(v, tokens, name) for v in value]
        return value
    changes = {}
    for field in attrs.fields(type(value)):
        if not field.init:
            continue
        old = getattr(value, field.name)
        new = _neutral(old, tokens, field.name.lstrip("_"))
        if new is not old and new != old:
            changes[field.alias] = new
    return attrs.evolve(value, **changes) if changes else value


def neutral(*objects: object) -> list[Any]:
    """*objects* (road maps, realisations, waivers...) with every text of the document
    replaced by neutral tokens, one word for one token across all of them."""
    tokens = _Tokens()
    return [_neutral(obj, tokens) for obj in objects]


def every(texts: Iterable[str]) -> str:
    return "\n".join(texts)
