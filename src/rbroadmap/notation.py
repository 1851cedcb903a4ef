"""Indonesian notation (*notasi*): target values, numbers and rupiah as written.

Indonesian documents group thousands with a dot and separate decimals with a
comma: ``79,30`` is seventy-nine point three, ``150.000.000`` is one hundred
and fifty million, and a budget is written ``150.000.000,-`` (``,-`` for "no
sen"). This module reads that notation into exact values and writes it back.

* `parse_value` / `format_value`: target cells (``25%``, ``39 OPD``,
  ``IRB 70``, ``-``) to the types of `rbroadmap.values` and back.
* `parse_rupiah` / `format_rupiah`: amounts of money to whole rupiah (`int`).
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
from typing import Any, Final

import attrs

from rbroadmap import _checks
from rbroadmap.errors import ModelError, NotationError
from rbroadmap.messages import Message, listed
from rbroadmap.values import (
    MAX_DECIMAL_PLACES,
    MAX_INTEGER_DIGITS,
    MAX_TEXT_LENGTH,
    NO_TARGET,
    NOT_INDEXES,
    UNIT_PATTERN,
    VALUE_KINDS,
    Count,
    IndexScore,
    Level,
    NoTarget,
    Percentage,
    Qualitative,
    Range,
    TargetValue,
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
    "diharapkan rupiah utuh seperti '150.000.000,-', 'Rp150.000.000' atau 'Rp 1.250.000,00'",
    "expected whole rupiah such as '150.000.000,-', 'Rp150.000.000' or 'Rp 1.250.000,00'",
)
_EXPECT_NUMBER: Final = Message(
    "diharapkan bilangan dengan koma desimal seperti '79,30'",
    "expected a number with a decimal comma such as '79,30'",
)

# Every pattern below is anchored, ASCII-only and free of nested repetition,
# so matching is linear in the length of the text.
_WS: Final = "[ \t]"
_N: Final = r"[0-9][0-9.,]*"
_SEP: Final = r"(?:-|–|—|s\.d\.?|s/d)"
_QUAL: Final = r"[^\d%]*[^\s\d%]"

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
_COUNT: Final = re.compile(
    rf"(?P<num>{_N}){_WS}+(?P<unit>{UNIT_PATTERN})(?:{_WS}+(?P<qual>{_QUAL}))?\Z"
)
_COUNT_RANGE: Final = re.compile(
    rf"(?P<low>{_N}){_WS}*{_SEP}{_WS}*(?P<high>{_N}){_WS}+(?P<unit>{UNIT_PATTERN})"
    rf"(?:{_WS}+(?P<qual>{_QUAL}))?\Z"
)
_RUPIAH: Final = re.compile(rf"(?P<rp>(?i:rp)\.?{_WS}*)?(?P<num>[0-9][0-9.]*)(?P<sen>,[0-9-]*)?\Z")

_PLAIN: Final = re.compile(r"(?P<int>[0-9]+)(?:,(?P<frac>[0-9]+))?\Z")
_GROUPED: Final = re.compile(r"(?P<int>[0-9]{1,3}(?:\.[0-9]{3})+)(?:,(?P<frac>[0-9]+))?\Z")
_ASCII_DIGIT: Final = re.compile(r"[0-9]")
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
    """What is being read, for the errors raised while reading it."""

    text: str
    what: Message
    expected: Message

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
        return _hint(
            f"bilangan tanpa satuan; tulis mis. '{text}%', '{text} OPD' atau 'IKM {text}'",
            f"a number without a unit; write for example '{text}%', '{text} OPD' or 'IKM {text}'",
        )
    return None


def parse_value(text: str) -> TargetValue:
    """Read one target cell (*sel target*) written in Indonesian notation.

    Args:
        text: The cell as written, for example ``"25%"``, ``"100 %"``,
            ``"39 OPD Dan masyarakat"``, ``"IRB 70"``, ``"Level 3 (terdefinisi)"``,
            ``"70-80%"``, ``"WTP"`` or ``"-"``. Spaces at either end are ignored.

    Returns:
        The typed value: `Percentage`, `Count`, `IndexScore`, `Level`, `Range`,
        `Qualitative` or `NO_TARGET`.

    Raises:
        NotationError: If the text is not a target value. The error quotes the
            text, says what was expected and, where it can, what to change.

    >>> parse_value("25%")
    Percentage(value=Decimal('25'))
    >>> parse_value("39 OPD Dan masyarakat")
    Count(value=39, unit='OPD', qualifier='Dan masyarakat')
    >>> parse_value("IRB 70")
    IndexScore(index='IRB', value=Decimal('70'))
    >>> parse_value("-")
    NoTarget()
    """
    given: object = text
    if not isinstance(given, str):
        raise _context(given, _WHAT_VALUE, _EXPECT_VALUE).error()  # _context raises first
    return _parse_value_cached(given)


@functools.lru_cache(maxsize=4096)
def _parse_value_cached(text: str) -> TargetValue:
    """`parse_value` for text; values are immutable, so equal texts share one.

    Road maps repeat a few dozen cells (``100%``, ``40 OPD``) thousands of times,
    so the cache turns most reads into one dictionary look-up. Failures are not
    cached: each raises anew.
    """
    ctx = _context(text, _WHAT_VALUE, _EXPECT_VALUE)
    s = _common_checks(ctx)
    try:
        return _parse_value(s, ctx)
    except ModelError as error:
        raise ctx.error(_value_hint(s) or error.message) from None


# -- readers: each tries one form and gives a value, or None when the text is not that form


def _read_dash(s: str, ctx: _Ctx) -> NoTarget | None:
    return NO_TARGET if _DASH.match(s) else None


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


def _read_count(s: str, ctx: _Ctx) -> Count | None:
    m = _COUNT.match(s)
    if m is None:
        return None
    return Count(_whole(_number(m["num"], ctx, grouping=True), ctx), m["unit"], m["qual"])


def _read_count_range(s: str, ctx: _Ctx) -> Range | None:
    m = _COUNT_RANGE.match(s)
    if m is None:
        return None
    low = Count(_whole(_number(m["low"], ctx, grouping=True), ctx), m["unit"], m["qual"])
    high = Count(_whole(_number(m["high"], ctx, grouping=True), ctx), m["unit"], m["qual"])
    return _range(low, high, ctx)


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
    return Qualitative(s)


_READERS: Final[tuple[tuple[type, Callable[[str, _Ctx], TargetValue | None]], ...]] = (
    (NoTarget, _read_dash),
    (Percentage, _read_percentage),
    (Range, _read_percentage_range),
    (Level, _read_level),
    (IndexScore, _read_index),
    (Range, _read_index_range),
    (Count, _read_count),
    (Range, _read_count_range),
    (Qualitative, _read_qualitative),
)
"""The reader of each form of a target cell, with its kind, in the order they are tried.

The order settles what could be read two ways: a level before an index score
(``LEVEL 3`` is not an index called LEVEL), a count before free text, text last.
"""


def _parse_value(s: str, ctx: _Ctx) -> TargetValue:
    for _, read in _READERS:
        value = read(s, ctx)
        if value is not None:
            return value
    raise ctx.error(_value_hint(s))


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
        The canonical text, which `parse_value` reads back to an equal value.

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


def _write_count(value: Count) -> str:
    text = f"{format_number(value.value, grouping=True)} {value.unit}"
    return f"{text} {value.qualifier}" if value.qualifier else text


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
            return f"{text} {low.qualifier}" if low.qualifier else text
        case Range(low=IndexScore() as low, high=high):
            return f"{low.index} {format_number(low.value)}-{format_number(high.magnitude)}"
    msg = f"not a range of bounds notation writes: {value!r}"  # pragma: no cover - Range refuses
    raise TypeError(msg)  # pragma: no cover


def _write_qualitative(value: Qualitative) -> str:
    return value.text


def _write_dash(value: NoTarget) -> str:
    return "-"


_WRITERS: Final[dict[type, Callable[[Any], str]]] = {
    Percentage: _write_percentage,
    Count: _write_count,
    IndexScore: _write_index,
    Level: _write_level,
    Range: _write_range,
    Qualitative: _write_qualitative,
    NoTarget: _write_dash,
}
"""The canonical writer of each kind of target value."""


def parse_rupiah(text: str) -> int:
    """Read an amount of money (*jumlah rupiah*) into whole rupiah.

    Accepts the forms Indonesian documents use: ``150.000.000,-``,
    ``Rp150.000.000``, ``Rp 150.000.000,-``, ``Rp. 1.250.000,00`` and plain
    digits. Here ``1.500`` is one thousand five hundred rupiah: in an amount of
    money the dot can only group thousands.

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
    """
    ctx = _context(text, _WHAT_RUPIAH, _EXPECT_RUPIAH)
    s = _common_checks(ctx)
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
