"""Texts and shapes a hostile user uploads, for the tests of what the library promises.

Documents come from forms, spreadsheets converted to JSON and other systems, and
whoever writes them may try anything. Two kinds of input are gathered here:

* strategies of hostile text (`hostile_texts`): lone surrogates, spaces of every
  kind, control and invisible characters, scripts of many letters, runs of
  punctuation, mixed with ordinary Indonesian words;
* `SHAPES`: texts of a chosen length whose shape has made rules super-linear
  before (a run of punctuation between two letters, a run of spaces of each kind,
  thousands of distinct letters, one long name), for the tests that measure how
  work grows with the length.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from hypothesis import strategies as st

__all__ = [
    "LONE_SURROGATES",
    "ODD_SPACES",
    "SHAPES",
    "hostile_texts",
    "letters",
]

ODD_SPACES: Final = (
    "\t",
    "\n",
    "\r",
    "\x0b",
    "\x0c",
    "\x85",
    "\xa0",
    "\u1680",
    "\u2003",
    "\u2028",
    "\u2029",
    "\u200b",  # zero width space: not a space to str.split, invisible all the same
    "\u3000",
)
"""Whitespace other than the ordinary space, and one invisible character."""

LONE_SURROGATES: Final = ("\ud800", "\udbff", "\udc00", "\udfff")
"""Halves of a UTF-16 surrogate pair, alone: not characters, and not UTF-8."""

_WORDS: Final = ("Bag.", "Organisasi", "Setda", "BKPSDM", "dan", "OPD", "25%", "IRB", "70", "-")


def letters(n: int) -> str:
    """*n* letters of a script with thousands of distinct letters (CJK ideographs)."""
    alphabet = [chr(c) for c in range(0x4E00, 0x9FFF)]
    return "".join(alphabet[i % len(alphabet)] for i in range(n))


def hostile_texts(*, max_size: int = 30, surrogates: bool = True) -> st.SearchStrategy[str]:
    """Texts mixing ordinary words with the characters that break naive code.

    Args:
        max_size: The most pieces (words or characters) in one text.
        surrogates: Whether lone surrogates may appear.
    """
    pieces = [
        st.sampled_from(_WORDS),
        st.sampled_from(ODD_SPACES),
        st.characters(categories=["Cc", "Cf", "Zs", "Zl", "Zp"]),
        st.characters(categories=["Lo", "Mn", "So", "P"]),
        st.sampled_from(("-" * 7, "." * 5, " " * 9, "\u3000" * 4)),
        st.characters(codec=None),
    ]
    if surrogates:
        pieces.append(st.sampled_from(LONE_SURROGATES))
    return st.lists(st.one_of(pieces), max_size=max_size).map("".join)


SHAPES: Final[dict[str, Callable[[int], str]]] = {
    "a run of dashes between letters": lambda n: "a" + "-" * n + "a",
    "a run of dots in brackets": lambda n: "Pelaksanaan (" + "." * n + "oleh)",
    "a run of spaces": lambda n: "a" + " " * n + "b",
    "a run of tabs and newlines": lambda n: "a" + "\t\n" * (n // 2) + "b",
    "a run of ideographic spaces": lambda n: "a" + "\u3000" * n + "b",
    "words split by spaces of every kind": lambda n: "".join(
        f"OPD{ODD_SPACES[i % len(ODD_SPACES)]}" for i in range(n // 4)
    ),
    "many distinct letters": letters,
    "one long name": lambda n: ("Bag. Organisasi Setda dan " * (n // 26 + 1))[:n],
}
"""Texts of length about *n* in the shapes that made rules super-linear before."""
