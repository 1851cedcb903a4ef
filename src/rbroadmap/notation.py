"""Indonesian notation (*notasi*): target values, numbers and rupiah as written.

Indonesian documents group thousands with a dot and separate decimals with a
comma: ``79,30`` is seventy-nine point three, ``150.000.000`` is one hundred
and fifty million, and a budget is written ``150.000.000,-`` (``,-`` for "no
sen"). This module reads that notation into exact values and writes it back.

* `parse_value` / `format_value`: target cells (``25%``, ``39 OPD``,
  ``IRB 70``, ``> 70``, ``SAKIP 60/B``, ``√``, ``NA``, ``-``) to the types of
  `rbroadmap.values` and back. A cell under a table's unit column (*Satuan*)
  is read with ``parse_value(text, unit=...)``: ``79`` under ``Indeks``.
* `parse_rupiah` / `format_rupiah`: amounts of money to whole rupiah (`int`),
  also written short (``Rp 150 juta``, ``Rp1,5 M``).
* `parse_number` / `format_number`: plain decimal numbers (``79,30``).

Reading is strict. What could mean two things is refused with a hint rather
than guessed: ``1.500`` is one thousand five hundred in a count or an amount
of money, but in a percentage or a score it could also be a mistyped ``1,5``,
so there it is refused. So is what a spreadsheet or a conversion leaves in a
cell and a reader cannot see or would not take for a value: characters that
do not show (a zero-width space, a byte order mark) or are not ordinary spaces,
control characters, ``nan``, ``None`` or ``null`` written for an empty cell,
and spreadsheet errors such as ``#N/A``. Text that is not notation at all raises
`rbroadmap.NotationError`, which quotes the text and says what was expected.
Reading takes time linear in the length of the text, and text longer than
`MAX_NOTATION_LENGTH` is refused at once.

Writing is canonical: one space between a number and its unit, none before
``%``, decimals with a comma and every digit kept (``79,30%`` stays
``79,30%``). So ``format_value(parse_value(s))`` is the canonical form of *s*,
and formatting it again changes nothing.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable
from decimal import Decimal
from typing import Any, Final, TypeAlias

import attrs

from rbroadmap import _checks
from rbroadmap._exact import EXACT
from rbroadmap.errors import ModelError, NotationError, quote
from rbroadmap.messages import Message, listed
from rbroadmap.scales import SCALES, scale_of_index
from rbroadmap.values import (
    CHECK_MARK,
    MAX_DECIMAL_PLACES,
    MAX_INTEGER_DIGITS,
    MAX_TEXT_LENGTH,
    NO_TARGET,
    NOT_AVAILABLE,
    NOT_INDEXES,
    UNIT_WORD,
    VALUE_KINDS,
    CheckMark,
    Comparison,
    Count,
    Graded,
    IndexScore,
    Level,
    Measure,
    NoTarget,
    NotAvailable,
    Percentage,
    Qualitative,
    Quantity,
    Range,
    TargetValue,
    Threshold,
    is_connective,
    is_not_available,
    measure_of,
    unit_measure,
)

__all__ = [
    "MAX_NOTATION_LENGTH",
    "MAX_RUPIAH",
    "format_number",
    "format_rupiah",
    "format_value",
    "parse_number",
    "parse_rupiah",
    "parse_value",
]

MAX_NOTATION_LENGTH: Final = MAX_TEXT_LENGTH
"""The longest text `parse_value`, `parse_rupiah` and `parse_number` read: 200
characters, as `rbroadmap.values.MAX_TEXT_LENGTH`."""

MAX_RUPIAH: Final = 10**18 - 1
"""The largest amount of money rbroadmap holds: just under a billion billion rupiah."""

_WHAT_VALUE: Final = Message("nilai target", "target value")
_WHAT_RUPIAH: Final = Message("jumlah rupiah", "rupiah amount")
_WHAT_NUMBER: Final = Message("bilangan", "number")


_EXPECT_VALUE: Final = listed([k.notation for k in VALUE_KINDS if k.target]).prefixed(
    "diharapkan ", "expected "
)
_EXPECT_RUPIAH: Final = Message(
    "diharapkan rupiah utuh seperti '150.000.000,-', 'Rp150.000.000', 'Rp 1.250.000,00' atau "
    "'Rp 150 juta'",
    "expected whole rupiah such as '150.000.000,-', 'Rp150.000.000', 'Rp 1.250.000,00' or "
    "'Rp 150 juta'",
)
_EXPECT_NUMBER: Final = Message(
    "diharapkan bilangan dengan koma desimal seperti '79,30'",
    "expected a number with a decimal comma such as '79,30'",
)

# Every pattern below is anchored and free of nested repetition, so matching is
# linear in the length of the text; what needs more than one pattern (a unit
# phrase, a grade after a score) is split with string methods, also linearly.
_WS: Final = "[ \t]"
_N: Final = r"[0-9][0-9.,]*"
_SEP: Final = r"(?:-|–|—|s\.d\.?|s/d)"

_DASH: Final = re.compile(r"[-–—]\Z")
_NUMBER: Final = re.compile(rf"-?{_N}\Z")
_PERCENT: Final = re.compile(rf"(?P<num>-?{_N}){_WS}*%\Z")
_PERCENT_RANGE: Final = re.compile(
    rf"(?P<low>-?{_N}){_WS}*%?{_WS}*{_SEP}{_WS}*(?P<high>-?{_N}){_WS}*%\Z"
)
_LEVEL: Final = re.compile(
    rf"(?i:level|tingkat){_WS}+(?P<num>[0-9]+)(?:{_WS}*\((?P<label>[^()]*)\))?\Z"
)
_INDEX: Final = re.compile(rf"(?P<index>[A-Z]{{2,12}}){_WS}+(?P<num>-?{_N})\Z")
_INDEX_RANGE: Final = re.compile(
    rf"(?P<index>[A-Z]{{2,12}}){_WS}+(?P<low>-?{_N}){_WS}*{_SEP}{_WS}*(?P<high>-?{_N})\Z"
)
_AMOUNT: Final = re.compile(rf"(?P<num>{_N}){_WS}+(?P<rest>[^\s\d%].*)\Z")
_AMOUNT_RANGE: Final = re.compile(
    rf"(?P<low>{_N}){_WS}*{_SEP}{_WS}*(?P<high>{_N}){_WS}+(?P<rest>[^\s\d%].*)\Z"
)
_BARE: Final = re.compile(rf"-?{_N}(?:{_WS}*{_SEP}{_WS}*-?{_N})?\Z")
_UNIT_WORD_AT: Final = re.compile(UNIT_WORD)
_SPACES: Final = re.compile(rf"{_WS}+")
_FIRST_CAPITALS: Final = re.compile(r"[^A-Z]*(?P<index>[A-Z]{2,12})(?![A-Za-z])")
_GRADE_CODE: Final = re.compile(r"[A-Z]{1,4}\Z")
_RUPIAH: Final = re.compile(rf"(?P<rp>(?i:rp)\.?{_WS}*)?(?P<num>[0-9][0-9.]*)(?P<sen>,[0-9-]*)?\Z")
_RUPIAH_SHORT: Final = re.compile(
    rf"(?:(?i:rp)\.?{_WS}*)?(?P<num>[0-9][0-9.,]*){_WS}*"
    r"(?P<word>(?i:ribu|rb\.?|juta|jt\.?|miliar|milyar|triliun)|M|T)\Z"
)
_RUPIAH_WORDS: Final = {
    "ribu": 10**3,
    "rb": 10**3,
    "rb.": 10**3,
    "juta": 10**6,
    "jt": 10**6,
    "jt.": 10**6,
    "miliar": 10**9,
    "milyar": 10**9,
    "m": 10**9,
    "triliun": 10**12,
    "t": 10**12,
}
"""Words for powers of ten in amounts of money: *ribu* (thousand), *juta* (million),
*miliar* / *milyar* / ``M`` (billion), *triliun* / ``T`` (trillion)."""

_CHECK_MARKS: Final = frozenset({"√", "✓", "✔", "v", "V"})
_CHECK_GLYPHS: Final = ("√", "✓", "✔")

_COMPARISON_SYMBOLS: Final = {
    ">=": Comparison.AT_LEAST,
    "≥": Comparison.AT_LEAST,
    ">": Comparison.MORE_THAN,
    "<=": Comparison.AT_MOST,
    "≤": Comparison.AT_MOST,
    "<": Comparison.LESS_THAN,
    "=": Comparison.EXACTLY,
}
_COMPARISON_WORDS: Final = {
    "lebih dari": Comparison.MORE_THAN,
    "di atas": Comparison.MORE_THAN,
    "minimal": Comparison.AT_LEAST,
    "min.": Comparison.AT_LEAST,
    "min": Comparison.AT_LEAST,
    "paling sedikit": Comparison.AT_LEAST,
    "paling rendah": Comparison.AT_LEAST,
    "sekurang-kurangnya": Comparison.AT_LEAST,
    "sekurangnya": Comparison.AT_LEAST,
    "setidaknya": Comparison.AT_LEAST,
    "setidak-tidaknya": Comparison.AT_LEAST,
    "kurang dari": Comparison.LESS_THAN,
    "di bawah": Comparison.LESS_THAN,
    "maksimal": Comparison.AT_MOST,
    "maks.": Comparison.AT_MOST,
    "maks": Comparison.AT_MOST,
    "max.": Comparison.AT_MOST,
    "max": Comparison.AT_MOST,
    "paling banyak": Comparison.AT_MOST,
    "paling tinggi": Comparison.AT_MOST,
    "paling lama": Comparison.AT_MOST,
    "sebanyak-banyaknya": Comparison.AT_MOST,
    "selambat-lambatnya": Comparison.AT_MOST,
}
"""The words that state a comparison before a number, case aside: *lebih dari* (more
than), *minimal* / *paling sedikit* (at least), *kurang dari* (less than), *maksimal* /
*maks.* / *paling lama* (at most) and their variants."""


def _word_pattern(word: str) -> str:
    return f"{_WS}+".join(re.escape(part) for part in word.split(" "))


_CMP_SYMBOL: Final = re.compile(rf"(?P<sym>>=|<=|≥|≤|>|<|=){_WS}*(?P<rest>.*)\Z")
_CMP_WORD: Final = re.compile(
    "(?P<word>(?i:"
    + "|".join(_word_pattern(w) for w in sorted(_COMPARISON_WORDS, key=len, reverse=True))
    + rf"))(?:{_WS}+|(?=[0-9])|\Z)(?P<rest>.*)\Z"
)
_INDEX_CMP: Final = re.compile(
    rf"(?P<index>[A-Z]{{2,12}}){_WS}*(?P<sym>>=|<=|≥|≤|>|<){_WS}*(?P<num>-?{_N})\Z"
)

_PLAIN: Final = re.compile(r"(?P<int>[0-9]+)(?:,(?P<frac>[0-9]+))?\Z")
_GROUPED: Final = re.compile(r"(?P<int>[0-9]{1,3}(?:\.[0-9]{3})+)(?:,(?P<frac>[0-9]+))?\Z")
_ASCII_DIGIT: Final = re.compile(r"[0-9]")
_GROUPED_ANYWHERE: Final = re.compile(r"[0-9]\.[0-9]{3}")
# What programs write for an empty cell (pandas' nan, Python's None, JSON's null) and
# the errors spreadsheets show in a cell: never a qualitative target.
_EMPTY_CELL: Final = re.compile(r"(?i:nan|none|null|undefined|[+-]?inf(?:inity)?)\Z")
_SPREADSHEET_ERROR: Final = re.compile(
    r"#(?:N/A|REF!|NAME\?|VALUE!|NULL!|NUM!|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!"
    r"|UNKNOWN!|GETTING_DATA)\Z"
)
_STRIP: Final = " \t\r\n"
_ODD_SPACES: Final = {
    "\u00a0": "no-break space (U+00A0)",
    "\u2007": "figure space (U+2007)",
    "\u202f": "narrow no-break space (U+202F)",
    "\u2009": "thin space (U+2009)",
    "\u3000": "ideographic space (U+3000)",
}


def _hint(indonesian: str, english: str) -> Message:
    return Message(indonesian, english)


@attrs.frozen
class _Ctx:
    """What is being read, for the errors raised while reading it.

    *unit* is the unit column (*Satuan*) the cell is read under, as written, and
    *measure* what a bare number measures under it; *scale* the scale declared
    for grades.
    """

    text: str
    what: Message
    expected: Message
    unit: str | None = None
    measure: Measure | None = None
    scale: str | None = None

    def error(self, hint: Message | None = None) -> NotationError:
        return NotationError(self.text, what=self.what, expected=self.expected, hint=hint)


def _context(text: object, what: Message, expected: Message) -> _Ctx:
    """Return the reading context for *text*, refusing what is not text."""
    if not isinstance(text, str):
        raise NotationError(
            repr(text),
            what=what,
            expected=expected,
            hint=_hint(
                f"yang diberikan {type(text).__name__}, bukan teks",
                f"got a {type(text).__name__}, not text",
            ),
        )
    return _Ctx(text, what, expected)


def _cell_text(text: str) -> str | None:
    """*text* with its ends stripped, or ``None`` if no notation could read it at all.

    What every reader refuses before trying a form (too long, invisible or odd
    characters, empty): the document format's migrations ask this first.
    """
    try:
        return _common_checks(_context(text, _WHAT_VALUE, _EXPECT_VALUE))
    except NotationError:
        return None


def _common_checks(ctx: _Ctx) -> str:
    """Refuse what no notation allows; return the text with its ends stripped."""
    text = ctx.text
    if len(text) > MAX_NOTATION_LENGTH:
        raise ctx.error(
            _hint(
                f"teks lebih panjang dari {MAX_NOTATION_LENGTH} karakter",
                f"the text is longer than {MAX_NOTATION_LENGTH} characters",
            ),
        )
    if text.isascii() and text.isprintable():  # the usual case: nothing odd in it
        stripped = text.strip(_STRIP)
        if stripped:
            return stripped
    for char, name in _ODD_SPACES.items():
        if char in text:
            raise ctx.error(
                _hint(
                    f"memuat {name}; gunakan spasi biasa",
                    f"contains a {name}; use an ordinary space",
                ),
            )
    for char in text:
        if char.isdigit() and not char.isascii():
            raise ctx.error(
                _hint(
                    f"memuat angka bukan ASCII {char!r} (mis. angka lebar penuh); gunakan 0-9",
                    f"contains the non-ASCII digit {char!r} (such as a full-width digit); use 0-9",
                ),
            )
        if not char.isprintable() and char not in _STRIP:
            name = f"U+{ord(char):04X} {unicodedata.name(char, '')}".rstrip()
            raise ctx.error(
                _hint(
                    f"memuat {name}, karakter yang tidak terlihat atau bukan spasi biasa; "
                    "hapus atau gunakan spasi biasa",
                    f"contains {name}, an invisible character or not an ordinary space; "
                    "delete it or use an ordinary space",
                ),
            )
    stripped = text.strip(_STRIP)
    if not stripped:
        raise ctx.error(
            _hint(
                "teks kosong; tulis '-' bila tidak ada target",
                "the text is empty; write '-' for no target",
            ),
        )
    return stripped


def _number(
    token: str, ctx: _Ctx, *, grouping: bool, max_digits: int = MAX_INTEGER_DIGITS
) -> Decimal:
    """Read one number token in Indonesian notation, strictly."""
    sign = ""
    if token.startswith("-"):
        sign, token = "-", token[1:]
    plain = _PLAIN.match(token)
    if plain is not None:
        int_part, frac = plain["int"], plain["frac"]
    else:
        grouped = _GROUPED.match(token)
        if grouped is not None and grouping:
            int_part, frac = grouped["int"].replace(".", ""), grouped["frac"]
        elif grouped is not None:
            as_decimal = token.replace(".", ",", 1) if token.count(".") == 1 else None
            raise ctx.error(
                _hint(
                    f"'{token}' bermakna ganda: titik memisahkan ribuan; tulis "
                    f"'{token.replace('.', '')}'" + (f" atau '{as_decimal}'" if as_decimal else ""),
                    f"'{token}' is ambiguous: the dot groups thousands; write "
                    f"'{token.replace('.', '')}'" + (f" or '{as_decimal}'" if as_decimal else ""),
                ),
            )
        elif "." in token and "," not in token and token.count(".") == 1:
            fixed = token.replace(".", ",")
            raise ctx.error(
                _hint(
                    f"notasi Indonesia memakai koma desimal: '{sign}{fixed}'",
                    f"Indonesian notation uses a decimal comma: '{sign}{fixed}'",
                ),
            )
        else:
            raise ctx.error(
                _hint(
                    f"'{token}' bukan bilangan yang valid",
                    f"'{token}' is not a well-formed number",
                ),
            )
    digits = int_part.lstrip("0") or "0"
    if len(digits) > max_digits or (frac is not None and len(frac) > MAX_DECIMAL_PLACES):
        raise ctx.error(
            _hint(
                f"paling banyak {max_digits} angka di depan koma dan "
                f"{MAX_DECIMAL_PLACES} di belakangnya",
                f"at most {max_digits} digits before the comma and {MAX_DECIMAL_PLACES} after it",
            ),
        )
    return Decimal(f"{sign}{digits}.{frac}" if frac is not None else f"{sign}{digits}")


def _whole(number: Decimal, ctx: _Ctx) -> int:
    if number != number.to_integral_value() or number.as_tuple().exponent != 0:
        raise ctx.error(
            _hint(
                "jumlah harus bilangan bulat tanpa koma",
                "a count is a whole number, without a comma",
            ),
        )
    return int(number)


def _value_hint(text: str) -> Message | None:
    """Say what is probably wrong with text that matched no notation."""
    folded = text.casefold()
    if any(glyph in text for glyph in _CHECK_GLYPHS):
        return _hint(
            "tanda centang berdiri sendiri di sel tahun; tulis '√' saja pada tiap tahun yang "
            "dijadwalkan",
            "a check mark stands alone in a year cell; write '√' by itself in each year scheduled",
        )
    if "rp" in folded or "idr" in folded:
        return _hint(
            "uang bukan nilai target; gunakan parse_rupiah untuk anggaran",
            "money is not a target value; use parse_rupiah for budgets",
        )
    if re.search(r"[0-9][ \t]+(?i:persen|percent)\b", text):
        return _hint(
            "persentase ditulis dengan '%', mis. '25%'",
            "write a percentage with '%', such as '25%'",
        )
    if text.count("%") > 1 and not _PERCENT_RANGE.match(text):
        return _hint("tanda '%' ditulis lebih dari sekali", "'%' is written more than once")
    if "%" in text:
        return _hint(
            "persentase ditulis sebagai bilangan diikuti '%', mis. '25%'",
            "a percentage is a number followed by '%', such as '25%'",
        )
    if _PLAIN.match(text) or _GROUPED.match(text) or _PLAIN.match(text.lstrip("-")):
        return _bare_number_hint(text)
    return None


def _bare_number_hint(text: str) -> Message:
    return _hint(
        f"bilangan tanpa satuan; tulis mis. '{text}%', '{text} OPD' atau 'IKM {text}', atau "
        "beri satuan kolomnya (unit=...)",
        f"a number without a unit; write for example '{text}%', '{text} OPD' or 'IKM {text}', "
        "or give the column's unit (unit=...)",
    )


def _unit_context(text: str, unit: object, scale: object) -> _Ctx:
    """The reading context for a cell under *unit* and *scale*, refusing bad ones."""
    ctx = _Ctx(text, _WHAT_VALUE, _EXPECT_VALUE)
    measure = None
    if unit is not None:
        try:
            measure = unit_measure(unit)  # type: ignore[arg-type]  # it checks the type
        except ModelError as error:
            raise NotationError(
                quote(unit) if not isinstance(unit, str) else unit,
                what=Message("satuan kolom", "column unit"),
                expected=Message(
                    "diharapkan satuan seperti '%', 'Dokumen', 'Indeks' atau 'IRB'",
                    "expected a unit such as '%', 'Dokumen', 'Indeks' or 'IRB'",
                ),
                hint=error.message,
            ) from None
    code = None
    if scale is not None:
        code = scale if isinstance(scale, str) else getattr(scale, "code", None)
        found = SCALES.get(code) if isinstance(code, str) else None
        if found is None or not found.scored:
            known = ", ".join(s.code for s in SCALES.values() if s.scored)
            raise NotationError(
                quote(scale),
                what=Message("skala", "scale"),
                expected=Message(
                    f"diharapkan kode skala bernilai: {known}",
                    f"expected the code of a scale of scores: {known}",
                ),
            )
    assert unit is None or isinstance(unit, str)
    return attrs.evolve(ctx, unit=unit, measure=measure, scale=code)


def parse_value(text: str, *, unit: str | None = None, scale: str | None = None) -> TargetValue:
    """Read one target cell (*sel target*) written in Indonesian notation.

    Args:
        text: The cell as written, for example ``"25%"``, ``"100 %"``,
            ``"39 OPD Dan masyarakat"``, ``"11 Peraturan Daerah"``, ``"IRB 70"``,
            ``"Level 3 (terdefinisi)"``, ``"70-80%"``, ``">70"``, ``"minimal
            80%"``, ``"SAKIP 60/B"``, ``"√"``, ``"WTP"``, ``"NA"`` or ``"-"``.
            Spaces at either end are ignored. The table in the notation how-to
            lists every form.
        unit: The unit of the table's unit column (*Satuan*) the cell stands
            under, if it has one: a bare number is then read in that unit
            (``"79"`` under ``"Indeks"`` is ``79 Indeks``; under ``"%"`` it is
            ``79%``; under ``"IRB"`` it is ``IRB 79``), and a cell that writes a
            unit must write the same one. Without it, a bare number is refused.
        scale: The code of the scale a grade is on (``"IKM_2017"``), for a
            score whose index does not name its scale.

    Returns:
        The typed value: `Percentage`, `Count`, `Quantity`, `IndexScore`,
        `Level`, `Threshold`, `Graded`, `Range`, `CHECK_MARK`, `Qualitative`,
        `NOT_AVAILABLE` or `NO_TARGET`.

    Raises:
        NotationError: If the text is not a target value (or *unit* is not a
            unit, or *scale* not a scale of scores). The error quotes the text,
            says what was expected and, where it can, what to change.

    >>> parse_value("25%")
    Percentage(value=Decimal('25'))
    >>> parse_value("39 OPD Dan masyarakat")
    Count(value=39, unit='OPD', qualifier='Dan masyarakat')
    >>> parse_value("11 Peraturan Daerah").unit
    'Peraturan Daerah'
    >>> parse_value("IRB 70")
    IndexScore(index='IRB', value=Decimal('70'))
    >>> parse_value(">70", unit="IRB")
    Threshold(comparison=<Comparison.MORE_THAN: 'more-than'>, value=IndexScore(index='IRB', value=Decimal('70')))
    >>> parse_value("79", unit="Indeks")
    Count(value=79, unit='Indeks', qualifier=None)
    >>> parse_value("-")
    NoTarget()
    """  # noqa: E501
    given: object = text
    if not isinstance(given, str):
        raise _context(given, _WHAT_VALUE, _EXPECT_VALUE).error()  # _context raises first
    if unit is None and scale is None:
        return _parse_value_cached(given, None, None)
    ctx = _unit_context(given, unit, scale)
    return _parse_value_cached(given, ctx.unit, ctx.scale)


@functools.lru_cache(maxsize=4096)
def _parse_value_cached(text: str, unit: str | None, scale: str | None) -> TargetValue:
    """`parse_value` for text; values are immutable, so equal texts share one.

    Road maps repeat a few dozen cells (``100%``, ``40 OPD``) thousands of times,
    so the cache turns most reads into one dictionary look-up. Failures are not
    cached: each raises anew.
    """
    ctx = _context(text, _WHAT_VALUE, _EXPECT_VALUE)
    if unit is not None or scale is not None:
        ctx = _unit_context(text, unit, scale)
    s = _common_checks(ctx)
    try:
        return _parse_value(s, ctx)
    except ModelError as error:
        raise ctx.error(_value_hint(s) or error.message) from None


# -- readers: each tries one form and gives a value, or None when the text is not that form


def _read_dash(s: str, ctx: _Ctx) -> NoTarget | None:
    return NO_TARGET if _DASH.match(s) else None


def _read_not_available(s: str, ctx: _Ctx) -> NotAvailable | None:
    return NOT_AVAILABLE if is_not_available(s) else None


def _read_check_mark(s: str, ctx: _Ctx) -> CheckMark | None:
    return CHECK_MARK if s in _CHECK_MARKS else None


def _read_percentage(s: str, ctx: _Ctx) -> Percentage | None:
    m = _PERCENT.match(s)
    return None if m is None else Percentage(_number(m["num"], ctx, grouping=False))


def _read_percentage_range(s: str, ctx: _Ctx) -> Range | None:
    m = _PERCENT_RANGE.match(s)
    if m is None:
        return None
    low = Percentage(_number(m["low"], ctx, grouping=False))
    high = Percentage(_number(m["high"], ctx, grouping=False))
    return _range(low, high, ctx)


def _read_level(s: str, ctx: _Ctx) -> Level | None:
    m = _LEVEL.match(s)
    if m is None:
        return None
    label = m["label"]
    if label is not None:
        label = label.strip(" \t")
        if not label or _ASCII_DIGIT.search(label):
            raise ctx.error(
                _hint(
                    "nama level dalam kurung harus teks tanpa angka",
                    "the level's name in parentheses must be text without digits",
                )
            )
    value = _whole(_number(m["num"], ctx, grouping=False), ctx)
    if value > 99:
        raise ctx.error(_hint("level paling tinggi 99", "a level is at most 99"))
    return Level(value, label)


def _read_index(s: str, ctx: _Ctx) -> IndexScore | None:
    m = _INDEX.match(s)
    if m is None or m["index"] in NOT_INDEXES:
        return None
    return IndexScore(m["index"], _number(m["num"], ctx, grouping=False))


def _read_index_range(s: str, ctx: _Ctx) -> Range | None:
    m = _INDEX_RANGE.match(s)
    if m is None or m["index"] in NOT_INDEXES:
        return None
    low = IndexScore(m["index"], _number(m["low"], ctx, grouping=False))
    high = IndexScore(m["index"], _number(m["high"], ctx, grouping=False))
    return _range(low, high, ctx)


def _starts_with_connective(text: str) -> bool:
    """Whether *text* starts with a connective word, which starts a qualifier."""
    m = _UNIT_WORD_AT.match(text)
    return m is not None and is_connective(m.group())


def _unit_phrase(rest: str) -> tuple[str, str | None] | None:
    """Split what follows a number into its unit phrase and qualifier, or ``None``.

    The unit is every word up to the first connective word, comma or opening
    parenthesis (`rbroadmap.values.CONNECTIVES`); runs of spaces between its
    words count as one. What follows a connective or a parenthesis is the
    qualifier as written; what follows a comma is the qualifier.
    """
    words: list[str] = []
    position = unit_end = 0
    while True:
        word = _UNIT_WORD_AT.match(rest, position)
        if word is None or is_connective(word.group()):
            break
        words.append(word.group())
        unit_end = word.end()
        gap = _SPACES.match(rest, unit_end)
        if gap is None:
            position = unit_end
            break
        position = gap.end()
    if not words:
        return None
    unit, tail = " ".join(words), rest[position:]
    if not tail:
        return unit, None
    if tail.startswith(","):
        qualifier = tail[1:].strip(" \t")
        return (unit, qualifier) if qualifier else None
    if position > unit_end and (tail.startswith("(") or _starts_with_connective(tail)):
        return unit, tail
    return None


def _amount(token: str, unit: str, qualifier: str | None, ctx: _Ctx) -> Count | Quantity:
    """A number in a unit: a `Count` when whole, a `Quantity` when it has a fraction."""
    number = _number(token, ctx, grouping=True)
    if "," not in token:
        return Count(_whole(number, ctx), unit, qualifier)
    if number == number.to_integral_value():
        whole = format_number(int(number), grouping=True)
        raise ctx.error(
            _hint(
                f"'{token}' adalah bilangan bulat yang ditulis dengan koma: jumlah ditulis "
                f"tanpa koma ('{whole} {unit}'); besaran pecahan memuat pecahannya ('2,5 hari')",
                f"'{token}' is a whole number written with a comma: a count is written "
                f"without one ('{whole} {unit}'); a quantity has a fraction ('2,5 hari')",
            )
        )
    return Quantity(number, unit, qualifier)


def _read_amount(s: str, ctx: _Ctx) -> Count | Quantity | None:
    m = _AMOUNT.match(s)
    if m is None:
        return None
    split = _unit_phrase(m["rest"])
    if split is None:
        return None
    return _amount(m["num"], split[0], split[1], ctx)


def _read_amount_range(s: str, ctx: _Ctx) -> Range | None:
    m = _AMOUNT_RANGE.match(s)
    if m is None:
        return None
    split = _unit_phrase(m["rest"])
    if split is None:
        return None
    unit, qualifier = split
    low = Count(_whole(_number(m["low"], ctx, grouping=True), ctx), unit, qualifier)
    high = Count(_whole(_number(m["high"], ctx, grouping=True), ctx), unit, qualifier)
    return _range(low, high, ctx)


def _read_bare(s: str, ctx: _Ctx) -> TargetValue | None:
    """A bare number (or range of numbers) under the unit column: read in that unit."""
    if ctx.measure is None or ctx.unit is None or not _BARE.match(s):
        return None
    sort, _ = ctx.measure
    if sort == "amount" and "." in s and "," not in s and _GROUPED_ANYWHERE.search(s):
        # A number alone under a unit column may be a count or a score: '1.500' is
        # 1500 Dokumen, or a mistyped 1,5 Indeks. Only the unit written says which.
        raise ctx.error(
            _hint(
                f"'{s}' bermakna ganda di bawah satuan kolom: titik memisahkan ribuan; tulis "
                f"'{s.replace('.', '')}' atau '{s} {ctx.unit}'",
                f"'{s}' is ambiguous under a column's unit: the dot groups thousands; write "
                f"'{s.replace('.', '')}' or '{s} {ctx.unit}'",
            )
        )
    if sort == "percentage":
        written = f"{s}%"
    elif sort == "index":
        written = f"{ctx.unit} {s}"
    elif sort == "level":
        written = f"Level {s}"
    else:
        written = f"{s} {ctx.unit}"
    for read in _PLAIN_READERS:
        value = read(written, ctx)
        if value is not None:
            return value
    raise ctx.error(
        _hint(
            f"tidak dapat dibaca dalam satuan {ctx.unit!r}",
            f"cannot be read in the unit {ctx.unit!r}",
        )
    )


_PLAIN_READERS: Final[tuple[Callable[[str, _Ctx], TargetValue | None], ...]] = (
    _read_percentage,
    _read_percentage_range,
    _read_level,
    _read_index,
    _read_index_range,
    _read_amount,
    _read_amount_range,
)
"""The readers of a number written with its unit, in the order they are tried."""

_BOUNDABLE: Final = (Percentage, Count, Quantity, IndexScore, Level)


def _read_measured(s: str, ctx: _Ctx) -> Percentage | Count | Quantity | IndexScore | Level | None:
    """One number with its unit, written or from the unit column; ``None`` if it is not."""
    for read in (*_PLAIN_READERS, _read_bare):
        value = read(s, ctx)
        if value is not None:
            return value if isinstance(value, _BOUNDABLE) else None
    return None


def _comparison_needs_a_number(ctx: _Ctx) -> NotationError:
    return ctx.error(
        _hint(
            "perbandingan memerlukan bilangan dengan satuannya, mis. '≥ 80%', '> IRB 70' atau "
            "'maksimal 5 hari'",
            "a comparison needs a number with its unit, such as '≥ 80%', '> IRB 70' or "
            "'maksimal 5 hari'",
        )
    )


def _read_threshold(s: str, ctx: _Ctx) -> Threshold | None:
    m = _INDEX_CMP.match(s)
    if m is not None and m["index"] not in NOT_INDEXES:
        comparison = _COMPARISON_SYMBOLS[m["sym"]]
        return Threshold(comparison, IndexScore(m["index"], _number(m["num"], ctx, grouping=False)))
    symbol = _CMP_SYMBOL.match(s)
    if symbol is not None:
        comparison, rest = _COMPARISON_SYMBOLS[symbol["sym"]], symbol["rest"]
        if not _ASCII_DIGIT.search(rest):
            raise _comparison_needs_a_number(ctx)
    else:
        word = _CMP_WORD.match(s)
        if word is None:
            return None
        comparison = _COMPARISON_WORDS[" ".join(word["word"].casefold().split())]
        rest = word["rest"]
        if not _ASCII_DIGIT.search(rest):
            if not rest or "%" in rest:
                raise _comparison_needs_a_number(ctx)
            return None  # words such as "minimal WTP": text, read as text
    if comparison is Comparison.EXACTLY:
        raise ctx.error(
            _hint(
                f"nilai tepat ditulis tanpa '=': '{rest}'",
                f"an exact value is written without '=': '{rest}'",
            )
        )
    value = _read_measured(rest, ctx)
    if value is None:
        if _PLAIN.match(rest) or _GROUPED.match(rest):
            raise ctx.error(_bare_number_hint(rest))
        raise _comparison_needs_a_number(ctx)
    return Threshold(comparison, value)


@functools.lru_cache(maxsize=256)
def _known_grade(grade: str) -> bool:
    """Whether *grade* is the code or name of a grade of some scale of scores."""
    return any(scale.scored and scale.find(grade) is not None for scale in SCALES.values())


def _split_grade(s: str) -> tuple[str, str] | None:
    """Split ``score/grade`` or ``score (grade)`` into its score and grade, or ``None``."""
    if s.endswith(")"):
        opening = s.rfind("(")
        if opening < 0:
            return None
        left, grade = s[:opening], s[opening + 1 : -1]
    elif "/" in s:
        left, _, grade = s.rpartition("/")
    else:
        return None
    left, grade = left.rstrip(" \t"), grade.strip(" \t")
    if not left or not grade or not _ASCII_DIGIT.search(left):
        return None
    if _ASCII_DIGIT.search(grade) or any(c in grade for c in "%()/"):
        return None
    return left, grade


def _number_alone(text: str) -> str | None:
    """An example of *text* with an index, if it is a number alone or a comparison of one.

    ``> 70`` gives ``> SAKIP 70``; text that is neither gives ``None``.
    """
    symbol = _CMP_SYMBOL.match(text)
    word = None if symbol is not None else _CMP_WORD.match(text)
    if symbol is not None:
        sign, number = _COMPARISON_SYMBOLS[symbol["sym"]].symbol + " ", symbol["rest"]
    elif word is not None:
        comparison = _COMPARISON_WORDS[" ".join(word["word"].casefold().split())]
        sign, number = comparison.symbol + " ", word["rest"]
    else:
        sign, number = "", text
    return f"{sign}SAKIP {number}" if _PLAIN.match(number) or _GROUPED.match(number) else None


def _read_graded(s: str, ctx: _Ctx) -> Graded | None:
    split = _split_grade(s)
    if split is None:
        return None
    left, grade = split
    if _LEVEL.match(s):
        return None  # a level with its name: Level 3 (Terdefinisi)
    capitals = _FIRST_CAPITALS.match(left)
    named = scale_of_index(capitals["index"]) if capitals is not None else None
    declared = SCALES[ctx.scale] if ctx.scale is not None else None
    if declared is None and named is None and not _known_grade(grade):
        return None
    example = _number_alone(left)
    if example is not None and ctx.unit is None:
        raise ctx.error(
            _hint(
                f"nilai berpredikat memerlukan indeksnya atau satuan kolomnya: tulis mis. "
                f"'{example}/{grade}', atau beri unit=...",
                f"a score with its grade needs its index or the column's unit: write for "
                f"example '{example}/{grade}', or give unit=...",
            )
        )
    score = _read_threshold(left, ctx) or _read_measured(left, ctx)
    if score is None:
        return None
    inner = score.value if isinstance(score, Threshold) else score
    if isinstance(inner, Level) or (
        isinstance(inner, Count | Quantity) and inner.qualifier is not None
    ):
        return None
    index = inner.index if isinstance(inner, IndexScore) else None
    implied = scale_of_index(index) if index is not None else None
    if declared is not None and implied is not None and declared is not implied:
        raise ctx.error(
            _hint(
                f"{index} menunjuk skala {implied.code}, bukan {declared.code}",
                f"{index} names the {implied.code} scale, not {declared.code}",
            )
        )
    scale = declared or implied
    if scale is not None and scale.find(grade) is None:
        grades = ", ".join(g.code for g in scale)
        raise ctx.error(
            _hint(
                f"{grade!r} bukan predikat skala {scale.code} ({scale.regulation}); "
                f"predikatnya: {grades}",
                f"{grade!r} is not a grade of the {scale.code} scale ({scale.regulation}); "
                f"its grades are {grades}",
            )
        )
    assert not isinstance(score, Level)  # refused above, as its inner value
    return Graded(score, grade, None if implied is not None else ctx.scale)


def _read_qualitative(s: str, ctx: _Ctx) -> Qualitative | None:
    plain_text = not _ASCII_DIGIT.search(s) and "%" not in s and "\n" not in s and "\r" not in s
    if not plain_text or not any(c.isalpha() for c in s):
        return None
    if _EMPTY_CELL.match(s):
        raise ctx.error(
            _hint(
                f"{s!r} adalah tulisan program untuk sel kosong, bukan nilai; tulis '-' bila "
                "tidak ada target",
                f"{s!r} is what a program writes for an empty cell, not a value; write '-' "
                "for no target",
            )
        )
    if _SPREADSHEET_ERROR.match(s):
        raise ctx.error(
            _hint(
                f"{s!r} adalah galat lembar kerja, bukan nilai; perbaiki selnya",
                f"{s!r} is a spreadsheet error, not a value; correct the cell",
            )
        )
    if any(glyph in s for glyph in _CHECK_GLYPHS):
        raise ctx.error(_value_hint(s))
    return Qualitative(s)


_Reader: TypeAlias = Callable[[str, _Ctx], TargetValue | None]

_READERS: Final[tuple[tuple[tuple[type, ...], _Reader], ...]] = (
    ((NoTarget,), _read_dash),
    ((Percentage,), _read_percentage),
    ((NotAvailable,), _read_not_available),
    ((CheckMark,), _read_check_mark),
    ((Graded,), _read_graded),
    ((Threshold,), _read_threshold),
    ((Range,), _read_percentage_range),
    ((Level,), _read_level),
    ((IndexScore,), _read_index),
    ((Range,), _read_index_range),
    ((Count, Quantity), _read_amount),
    ((Range,), _read_amount_range),
    ((Percentage, Count, Quantity, IndexScore, Level, Range), _read_bare),
    ((Qualitative,), _read_qualitative),
)
"""The reader of each form of a target cell, with the kinds it gives, in the order tried.

The order settles what could be read two ways: ``NA`` and ``v`` before text, a
grade after a score (``SAKIP 60/B``) before the score alone, a comparison before
its number, a level before an index score (``LEVEL 3`` is not an index called
LEVEL), a count before free text, text last. A percentage alone (``25%``), the
commonest cell, is tried first: nothing else ends in ``%`` with only a number
before it.
"""


def _parse_value(s: str, ctx: _Ctx) -> TargetValue:
    for _, read in _READERS:
        value = read(s, ctx)
        if value is not None:
            if ctx.measure is not None:
                _check_unit(value, ctx)
            return value
    raise ctx.error(_value_hint(s))


def _check_unit(value: TargetValue, ctx: _Ctx) -> None:
    """Refuse a cell that writes another unit than the unit column it stands under."""
    measure = measure_of(value)
    if measure is not None and measure != ctx.measure:
        raise ctx.error(
            _hint(
                f"sel menulis {format_value(value)!r}, sedangkan satuan kolomnya {ctx.unit!r}; "
                "tulis bilangannya saja atau perbaiki satuannya",
                f"the cell writes {format_value(value)!r}, but the column's unit is "
                f"{ctx.unit!r}; write the number alone or correct the unit",
            )
        )


def _range(
    low: Percentage | Count | IndexScore,
    high: Percentage | Count | IndexScore,
    ctx: _Ctx,
) -> Range:
    if low.magnitude > high.magnitude:
        raise ctx.error(
            _hint(
                "batas bawah rentang lebih besar dari batas atasnya",
                "the low end of the range is greater than its high end",
            ),
        )
    return Range(low, high)


_NUMBER_ARGUMENT: Final = Message("Decimal atau int", "a Decimal or an int")
_VALUE_ARGUMENT: Final = Message(
    "nilai target seperti Percentage(25)", "a target value such as Percentage(25)"
)
_RUPIAH_ARGUMENT: Final = Message("rupiah utuh (int)", "whole rupiah (an int)")
_NOT_FINITE: Final = Message("bukan bilangan berhingga", "not a finite number")
_TOO_LONG: Final = Message(
    "terlalu panjang untuk ditulis (lebih dari 4.000 angka)",
    "too long to write (more than 4,000 digits)",
)
_WRITABLE_BITS: Final = 13_000  # about 3,900 digits: Python writes no more than 4,300


def format_number(number: Decimal | int, *, grouping: bool = False) -> str:
    """Write a number in Indonesian notation, keeping every digit.

    Args:
        number: The number.
        grouping: Group thousands with dots (``1.500``), as for counts and money.

    Raises:
        ModelTypeError: If *number* is not a `Decimal` or an `int` (a float is
            not exact, and is refused).
        ModelError: If *number* is not finite, or too long for Python to write.

    >>> format_number(Decimal("79.30"))
    '79,30'
    >>> format_number(1500, grouping=True)
    '1.500'
    """
    _checks.argument("format_number", "number", number, (Decimal, int), _NUMBER_ARGUMENT)
    if isinstance(number, Decimal) and not number.is_finite():
        raise _checks.bad_argument("format_number", "number", number, _NOT_FINITE)
    if isinstance(number, int) and int.bit_length(number) > _WRITABLE_BITS:
        raise _checks.bad_argument("format_number", "number", number, _TOO_LONG)
    text = format(number, "f") if isinstance(number, Decimal) else str(int(number))
    sign = ""
    if text.startswith("-"):
        sign, text = "-", text[1:]
    int_part, _, frac = text.partition(".")
    if grouping:
        int_part = f"{int(int_part):,}".replace(",", ".")
    return f"{sign}{int_part},{frac}" if frac else f"{sign}{int_part}"


def parse_number(text: str, *, grouping: bool = False) -> Decimal:
    """Read a plain number in Indonesian notation (*bilangan*): ``79,30``.

    Args:
        text: The number as written.
        grouping: Accept thousands grouped with dots (``1.500``). Leave it off
            for scores and percentages, where ``1.500`` is ambiguous.

    Raises:
        NotationError: If the text is not a number in Indonesian notation.

    >>> parse_number("79,30")
    Decimal('79.30')
    >>> parse_number("1.500", grouping=True)
    Decimal('1500')
    """
    ctx = _context(text, _WHAT_NUMBER, _EXPECT_NUMBER)
    s = _common_checks(ctx)
    if not _NUMBER.match(s):
        raise ctx.error()
    return _number(s, ctx, grouping=grouping)


def format_value(value: TargetValue) -> str:
    """Write a target value in canonical Indonesian notation.

    Args:
        value: Any `rbroadmap.values.TargetValue`.

    Returns:
        The canonical text, which `parse_value` reads back to an equal value
        (with the same ``unit=`` and ``scale=`` it was read with). Two kinds of
        value built in code have no notation of their own, and the document
        format writes them in structured form: a grade on a declared scale
        (the text does not say the scale: read it back with ``scale=``), and a
        unit phrase the notation would not read as one unit (one holding a
        connective word, a comma, a parenthesis or a slash, such as a unit
        ``"OPD,"`` of a version-1 document).

    Raises:
        ModelTypeError: If *value* is not a target value (also a `TypeError`).

    >>> format_value(Percentage(Decimal("79.30")))
    '79,30%'
    >>> format_value(Count(39, "OPD", "Dan masyarakat"))
    '39 OPD Dan masyarakat'
    >>> format_value(NO_TARGET)
    '-'
    """
    writer = _WRITERS.get(type(value))
    if writer is None:
        raise _checks.wrong_argument("format_value", "value", value, _VALUE_ARGUMENT)
    return writer(value)


def _write_percentage(value: Percentage) -> str:
    return f"{format_number(value.value)}%"


def _write_amount(value: Count | Quantity) -> str:
    text = f"{format_number(value.value, grouping=True)} {value.unit}"
    return _with_qualifier(text, value.qualifier)


def _with_qualifier(text: str, qualifier: str | None) -> str:
    """A unit's qualifier after it: after a space from a connective word, else a comma."""
    if qualifier is None:
        return text
    if _starts_with_connective(qualifier):
        return f"{text} {qualifier}"
    return f"{text}, {qualifier}"


def _write_index(value: IndexScore) -> str:
    return f"{value.index} {format_number(value.value)}"


def _write_level(value: Level) -> str:
    text = f"Level {value.value}"
    return f"{text} ({value.label})" if value.label else text


def _write_range(value: Range) -> str:
    match value:
        case Range(low=Percentage() as low, high=high):
            return f"{format_number(low.value)}-{format_number(high.magnitude)}%"
        case Range(low=Count() as low, high=Count() as high):
            text = (
                f"{format_number(low.value, grouping=True)}-"
                f"{format_number(high.value, grouping=True)} {low.unit}"
            )
            return _with_qualifier(text, low.qualifier)
        case Range(low=IndexScore() as low, high=high):
            return f"{low.index} {format_number(low.value)}-{format_number(high.magnitude)}"
    msg = f"not a range of bounds notation writes: {value!r}"  # pragma: no cover - Range refuses
    raise TypeError(msg)  # pragma: no cover


def _write_threshold(value: Threshold) -> str:
    return f"{value.comparison.symbol} {format_value(value.value)}"


def _write_graded(value: Graded) -> str:
    score = format_value(value.score)
    if _GRADE_CODE.match(value.grade):
        return f"{score}/{value.grade}"
    return f"{score} ({value.grade})"


def _write_check_mark(value: CheckMark) -> str:
    return "√"


def _write_qualitative(value: Qualitative) -> str:
    return value.text


def _write_not_available(value: NotAvailable) -> str:
    return "NA"


def _write_dash(value: NoTarget) -> str:
    return "-"


_WRITERS: Final[dict[type, Callable[[Any], str]]] = {
    Percentage: _write_percentage,
    Count: _write_amount,
    Quantity: _write_amount,
    IndexScore: _write_index,
    Level: _write_level,
    Threshold: _write_threshold,
    Graded: _write_graded,
    Range: _write_range,
    CheckMark: _write_check_mark,
    Qualitative: _write_qualitative,
    NotAvailable: _write_not_available,
    NoTarget: _write_dash,
}
"""The canonical writer of each kind of target value."""


def parse_rupiah(text: str) -> int:
    """Read an amount of money (*jumlah rupiah*) into whole rupiah.

    Accepts the forms Indonesian documents use: ``150.000.000,-``,
    ``Rp150.000.000``, ``Rp 150.000.000,-``, ``Rp. 1.250.000,00`` and plain
    digits. Here ``1.500`` is one thousand five hundred rupiah: in an amount of
    money the dot can only group thousands.

    Amounts are also written short, with a word for a power of ten after a
    number that may have a decimal comma: ``Rp 150 juta`` or ``150 jt``
    (million), ``Rp1,5 M``, ``1,5 miliar`` or ``1,5 milyar`` (billion), ``2 T``
    or ``2 triliun`` (trillion), ``500 ribu`` or ``500 rb`` (thousand); the
    words in any case, ``M`` and ``T`` in capitals. The amount must come out in
    whole rupiah exactly: ``Rp1,2345678901 M`` would need rounding, and is
    refused with the exact figure it makes.

    Args:
        text: The amount as written.

    Returns:
        The amount in whole rupiah.

    Raises:
        NotationError: If the text is not an amount of whole rupiah, is
            negative, has sen other than ``,00`` or ``,-``, or exceeds
            `MAX_RUPIAH`.

    >>> parse_rupiah("150.000.000,-")
    150000000
    >>> parse_rupiah("Rp 1.250.000,00")
    1250000
    >>> parse_rupiah("Rp1,5 M"), parse_rupiah("150 jt")
    (1500000000, 150000000)
    """
    ctx = _context(text, _WHAT_RUPIAH, _EXPECT_RUPIAH)
    s = _common_checks(ctx)
    short = _RUPIAH_SHORT.match(s)
    if short is not None:
        return _short_rupiah(short["num"], short["word"], ctx)
    m = _RUPIAH.match(s)
    if m is None:
        hint = None
        if s.startswith("-") or "-rp" in s.casefold():
            hint = _hint("anggaran tidak boleh negatif", "an amount must not be negative")
        elif "%" in s:
            hint = _hint("persentase bukan uang", "a percentage is not money")
        elif s.count(",") > 1:
            hint = _hint(
                "koma adalah pemisah desimal; kelompokkan ribuan dengan titik",
                "the comma separates decimals; group thousands with dots",
            )
        raise ctx.error(hint)
    sen = m["sen"]
    if sen is not None and sen not in {",-", ",00", ",0"}:
        raise ctx.error(
            _hint(
                "hanya rupiah utuh: sen ditulis ',00' atau ',-'",
                "whole rupiah only: write the sen as ',00' or ',-'",
            )
        )
    # MAX_RUPIAH is the largest number of its length, so counting digits suffices.
    if len(m["num"].replace(".", "").lstrip("0")) > len(str(MAX_RUPIAH)):
        raise ctx.error(_hint(f"jumlah melebihi {MAX_RUPIAH}", f"the amount exceeds {MAX_RUPIAH}"))
    return int(_number(m["num"], ctx, grouping=True, max_digits=len(str(MAX_RUPIAH))))


def _short_rupiah(token: str, word: str, ctx: _Ctx) -> int:
    """An amount written short (``1,5 M``): the number times its power of ten, exactly."""
    factor = _RUPIAH_WORDS[word.casefold()]
    amount = EXACT.multiply(_number(token, ctx, grouping=True), Decimal(factor))
    if amount != amount.to_integral_value():
        exact = format_number(amount.normalize(EXACT), grouping=True)
        raise ctx.error(
            _hint(
                f"{token} {word} = Rp{exact}, bukan rupiah utuh; tulis jumlahnya lengkap",
                f"{token} {word} = Rp{exact}, not whole rupiah; write the amount in full",
            )
        )
    whole = int(amount)
    if whole > MAX_RUPIAH:
        raise ctx.error(_hint(f"jumlah melebihi {MAX_RUPIAH}", f"the amount exceeds {MAX_RUPIAH}"))
    return whole


def format_rupiah(amount: int) -> str:
    """Write whole rupiah in canonical notation: ``Rp150.000.000``.

    Args:
        amount: Whole rupiah, from zero to `MAX_RUPIAH`.

    Raises:
        ModelTypeError: If *amount* is not an `int` (a `bool` or a float is
            refused); also a `TypeError`.
        ModelError: If *amount* is negative or exceeds `MAX_RUPIAH`; also a
            `ValueError`.

    >>> format_rupiah(150_000_000)
    'Rp150.000.000'
    """
    _checks.argument("format_rupiah", "amount", amount, int, _RUPIAH_ARGUMENT)
    if amount < 0 or amount > MAX_RUPIAH:
        raise _checks.bad_argument(
            "format_rupiah",
            "amount",
            amount,
            Message(
                f"rupiah utuh harus antara 0 dan {MAX_RUPIAH}",
                f"whole rupiah must be between 0 and {MAX_RUPIAH}",
            ),
        )
    return "Rp" + format_number(amount, grouping=True)
