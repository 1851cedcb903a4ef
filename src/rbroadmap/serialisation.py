"""Serialisation (*serialisasi*): road maps as plain data and JSON text, and back.

City applications keep road maps as JSON and receive them from forms and other
systems. This module writes any object of the model as plain data (`to_dict`)
or JSON text (`to_json`) and reads it back (`from_dict`, `from_json`),
exactly: decimals keep their digits, rupiah stay whole numbers, dates come
back as pendulum dates. It never reads or writes files: JSON comes and goes as
strings.

Reading is strict and says everything that is wrong at once. A document that
cannot be loaded raises `rbroadmap.DataError`, which lists every problem
found, each with a JSON path (``$.areas[2].actions[0].targets["2019"]``) and
what was expected, in Indonesian and English:

>>> import rbroadmap as rb
>>> try:
...     rb.from_dict({"id": "a1", "budget": "150.000.000", "unit": ["BKPSDM"]}, rb.Action)
... except rb.DataError as error:
...     print(error)
invalid document (1 problem):
  $.unit: unknown key 'unit'; did you mean "units"?

What is checked, in order:

1. The shape and type of every value (cattrs, with rbroadmap's converter,
   see `rbroadmap.converters`): missing and unknown keys, text where a number
   belongs, notation that does not read (``"25%%"``). Every such problem in the
   document is reported.
2. What each object's constructor checks (`rbroadmap.ModelError`): an id that
   is not a slug, a negative budget, a ``shares`` naming no row of its area.
   An object is built only when its own fields read well, and its constructor
   stops at its first problem; every object is checked.
3. What only the whole road map can tell: ids unique across the road map,
   target, budget and stage years within the period, quick wins naming an
   existing priority service, unit parents and group members naming
   registered units. Every such problem is reported
   (`rbroadmap.IntegrityError`). Years outside the period are reported with
   the problems of steps 1 and 2, read from the document as written; the
   other checks run once every part of the road map reads well.

Each path is reported once: the first problem found there.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any, Final, TypeVar, overload

import attrs
import cattrs
from cattrs.errors import (
    AttributeValidationNote,
    ClassValidationError,
    ForbiddenExtraKeysError,
    IterableValidationError,
    IterableValidationNote,
    StructureHandlerNotFoundError,
)

from rbroadmap import _checks
from rbroadmap._text import CODE_CUTOFF, Suggester, escape_surrogates, lone_surrogate, shorten
from rbroadmap.converters import InvalidValueError, describe_type, make_converter
from rbroadmap.errors import (
    DataError,
    ErrorDetail,
    IntegrityError,
    ModelError,
    ModelTypeError,
    RoadmapError,
    quote,
)
from rbroadmap.messages import Message
from rbroadmap.model import RoadMap, structure

__all__ = ["from_dict", "from_json", "to_dict", "to_json"]

T = TypeVar("T")

_CONVERTER: Final = make_converter()
_NAME: Final = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z", re.ASCII)
_YEARLY_FIELDS: Final = sorted(
    {row.field for row in structure.STRUCTURE if isinstance(row, structure.InPeriod)}
)
_TARGET_YEAR: Final = re.compile(rf"(?<![A-Za-z0-9_])({'|'.join(_YEARLY_FIELDS)})\[([0-9]+)\]")
_MAX_KEY_IN_PATH: Final = 100


# -- writing


def to_dict(obj: object, *, converter: cattrs.Converter | None = None) -> Any:
    """Write *obj* as plain data (*data polos*): dicts, lists, text, ints and ``None``.

    A road map becomes a dict that starts with ``"format_version"``; any other
    object of the model (an action, a target, a value) becomes the same plain
    data it has inside a road map document. See the page *Document format*.

    Args:
        obj: A road map or any other object of the model.
        converter: The converter to use; by default rbroadmap's own (see
            `rbroadmap.converters.make_converter`).

    Returns:
        Plain data that `json.dumps` can write and `from_dict` reads back to an
        equal object.

    Raises:
        ModelTypeError: If the converter has no way to write *obj* (it is no
            object of the model, nor plain data), or *converter* is not a
            `cattrs.Converter`.
        ModelError: If *obj* holds a naive date-time, which has no time zone
            to write (also a `ValueError`).

    >>> import rbroadmap as rb
    >>> rb.to_dict(rb.Target.of(2018, "25%", "35%", "-"))
    {'2018': '25%', '2019': '35%', '2020': '-'}
    >>> rb.to_dict(rb.Action(id="a1", budget=150_000_000, units=["BKPSDM"]))
    {'id': 'a1', 'budget': 150000000, 'units': ['BKPSDM']}
    """
    data = _converter("to_dict", converter).unstructure(obj)
    if data is obj and not isinstance(obj, _PLAIN):
        raise _checks.wrong_argument("to_dict", "obj", obj, _WRITABLE)
    return data


_PLAIN: Final = (str, int, float, type(None))
"""What a converter writes as it is: plain data of JSON."""

_WRITABLE: Final = Message(
    "objek model (RoadMap, Action, nilai target, ...) atau data polos",
    "an object of the model (a RoadMap, an Action, a target value, ...) or plain data",
)


def _converter(function: str, converter: object) -> cattrs.BaseConverter:
    """The converter given to *function*, or rbroadmap's own; refused if it is none."""
    if converter is None:
        return _CONVERTER
    if not isinstance(converter, cattrs.BaseConverter):
        raise _checks.wrong_argument(
            function,
            "converter",
            converter,
            Message(
                "cattrs.Converter, mis. dari make_converter()",
                "a cattrs.Converter, such as make_converter() gives",
            ),
        )
    return converter


def to_json(
    obj: object, *, indent: int | None = 2, converter: cattrs.Converter | None = None
) -> str:
    """Write *obj* as JSON text (*teks JSON*), never to a file.

    Args:
        obj: A road map or any other object of the model.
        indent: Spaces per level of indentation, or ``None`` for one line.
        converter: The converter to use; by default rbroadmap's own.

    Returns:
        The JSON text, in UTF-8-ready Unicode (Indonesian text is not escaped),
        which always encodes as UTF-8: the model refuses lone surrogates, and
        should another object hold one, the text is written with every
        character beyond ASCII escaped.

    Raises:
        ModelTypeError: If *obj* holds a value that is neither an object of the
            model nor plain data, or *indent* or *converter* is of the wrong type.
        ModelError: If *obj* holds a naive date-time, which has no time zone
            to write, or a float that is not finite.

    >>> import rbroadmap as rb
    >>> print(rb.to_json(rb.Period(2018, 2022), indent=None))
    {"start": 2018, "end": 2022}
    """
    if indent is not None:
        _checks.argument(
            "to_json", "indent", indent, int, Message("int atau None", "an int or None")
        )
    data = to_dict(obj, converter=converter)
    try:
        text = json.dumps(data, ensure_ascii=False, indent=indent, allow_nan=False)
        if lone_surrogate(text) is not None:  # only from objects built outside the model
            text = json.dumps(data, ensure_ascii=True, indent=indent, allow_nan=False)
        return text
    except TypeError:  # a value the converter passed through, inside plain data
        raise _checks.wrong_argument("to_json", "obj", obj, _WRITABLE) from None
    except ValueError as error:  # NaN or infinity
        raise _checks.bad_argument(
            "to_json",
            "obj",
            obj,
            Message(
                f"tidak dapat ditulis sebagai JSON: {error}", f"cannot be written as JSON: {error}"
            ),
        ) from None


# -- reading

_READABLE: Final = Message(
    "kelas model seperti rb.RoadMap atau rb.Action, atau rb.TargetValue",
    "a class of the model such as rb.RoadMap or rb.Action, or rb.TargetValue",
)


@overload
def from_dict(data: object, cls: type[T], *, converter: cattrs.Converter | None = None) -> T: ...
@overload
def from_dict(data: object, cls: Any, *, converter: cattrs.Converter | None = None) -> Any: ...
def from_dict(data: object, cls: Any, *, converter: cattrs.Converter | None = None) -> Any:
    """Read an object of class *cls* from plain data (*baca data polos*).

    Args:
        data: Plain data, as `to_dict` writes it or as a person writes it by
            hand: target values and budgets may be given in Indonesian
            notation (``"25%"``, ``"39 OPD"``, ``"150.000.000,-"``).
        cls: The class to read, such as `rbroadmap.RoadMap` or
            `rbroadmap.Action`. Any class of the model works, and so does
            `rbroadmap.TargetValue`.
        converter: The converter to use; by default rbroadmap's own.

    Returns:
        The object, equal to the one `to_dict` was given.

    Raises:
        DataError: If the data cannot be read. It lists every problem found,
            each with a JSON path and what was expected.
        ModelTypeError: If the converter has no way at all to read *cls*, or
            *converter* is not a `cattrs.Converter` (also a `TypeError`).

    >>> import rbroadmap as rb
    >>> data = {"2018": "25%", "2019": {"kind": "percentage", "value": "35"}}
    >>> rb.from_dict(data, rb.Target)[2019]
    Percentage(value=Decimal('35'))
    """
    chosen = _converter("from_dict", converter)
    try:
        return chosen.structure(data, cls)
    except StructureHandlerNotFoundError:
        shown = quote(cls)
        raise ModelTypeError(
            Message(
                f"from_dict(cls={shown}): rbroadmap tidak dapat membaca kelas ini; diharapkan "
                f"{_READABLE.indonesian}, atau daftarkan hook pada pengubah milik Anda",
                f"from_dict(cls={shown}): rbroadmap has no way to read this class; expected "
                f"{_READABLE.english}, or register a hook on a converter of your own",
            ),
            entity="from_dict",
            field="cls",
            value=cls,
        ) from None
    except RecursionError:
        raise DataError([_too_deep()]) from None
    except Exception as error:  # every failure becomes a DataError
        try:
            details = _each_path_once(_details(error, "$"))
        except RecursionError:  # pragma: no cover - the converter's hooks nest only so deep
            details = [_too_deep()]
        except Exception:  # pragma: no cover - a last resort: no other error escapes
            details = []
        raise DataError(details or [_unexpected("$", error)]) from None


def _each_path_once(details: Iterator[ErrorDetail]) -> list[ErrorDetail]:
    """The problems found, the first at each path: one value is reported once."""
    seen: set[str] = set()
    found = []
    for detail in details:
        if detail.path not in seen:
            seen.add(detail.path)
            found.append(detail)
    return found


@overload
def from_json(
    text: str | bytes, cls: type[T], *, converter: cattrs.Converter | None = None
) -> T: ...
@overload
def from_json(text: str | bytes, cls: Any, *, converter: cattrs.Converter | None = None) -> Any: ...
def from_json(text: str | bytes, cls: Any, *, converter: cattrs.Converter | None = None) -> Any:
    """Read an object of class *cls* from JSON text (*baca teks JSON*), never from a file.

    Args:
        text: The JSON text (a `str`, or UTF-8 `bytes`).
        cls: The class to read, such as `rbroadmap.RoadMap`.
        converter: The converter to use; by default rbroadmap's own.

    Returns:
        The object, equal to the one `to_json` was given.

    Raises:
        DataError: If the text is not JSON, has a key twice in one object, or
            cannot be read as *cls*. It lists every problem found, each with a
            JSON path and what was expected; invalid JSON is reported at ``$``
            with its line and column.
        ModelTypeError: If the converter has no way at all to read *cls*, or
            *converter* is not a `cattrs.Converter` (also a `TypeError`).

    >>> import rbroadmap as rb
    >>> rb.from_json('{"start": 2018, "end": 2022}', rb.Period)
    Period(start=2018, end=2022)
    >>> rb.from_json('{"start": 2018, "end": 2022,}', rb.Period)
    Traceback (most recent call last):
    ...
    rbroadmap.errors.DataError: invalid document (1 problem):
      $: not valid JSON: ...line 1, column ...
    """
    data, duplicates = _load_json(text)
    try:
        obj = from_dict(data, cls, converter=converter)
    except DataError as error:
        if not duplicates:
            raise
        raise DataError([*duplicates, *error.details]) from None
    if duplicates:
        raise DataError(duplicates)
    return obj


def _load_json(text: object) -> tuple[Any, list[ErrorDetail]]:
    """Read JSON text; return the data and a problem for every key given twice."""
    if not isinstance(text, str | bytes | bytearray):
        raise DataError(
            [
                ErrorDetail(
                    "$",
                    Message(
                        f"diharapkan teks JSON (str), bukan {type(text).__name__}; rbroadmap "
                        "tidak membaca berkas: berikan isinya",
                        f"expected JSON text (a str), not {type(text).__name__}; rbroadmap "
                        "reads no files: pass their content",
                    ),
                )
            ]
        )
    duplicated = False

    def pairs_to_dict(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        nonlocal duplicated
        result = dict(pairs)
        if len(result) != len(pairs):
            duplicated = True
        return result

    try:
        data = json.loads(text, object_pairs_hook=pairs_to_dict)
    except json.JSONDecodeError as error:
        raise DataError(
            [
                ErrorDetail(
                    "$",
                    Message(
                        f"bukan JSON yang valid: {error.msg} pada baris {error.lineno}, "
                        f"kolom {error.colno}",
                        f"not valid JSON: {error.msg} at line {error.lineno}, column {error.colno}",
                    ),
                )
            ]
        ) from None
    except RecursionError:
        raise DataError([_too_deep()]) from None
    except ValueError as error:  # text too long for an int, undecodable bytes
        raise DataError(
            [
                ErrorDetail(
                    "$",
                    Message(f"bukan JSON yang valid: {error}", f"not valid JSON: {error}"),
                )
            ]
        ) from None
    if duplicated:
        return data, _duplicate_keys(json.loads(text, object_pairs_hook=_Pairs))
    return data, []


class _Pairs(list[tuple[str, Any]]):
    """A JSON object read as its list of key-value pairs, duplicates kept."""


def _duplicate_keys(tree: Any) -> list[ErrorDetail]:
    """Find every key given twice in one object, walking without recursion."""
    found: list[ErrorDetail] = []
    stack: list[tuple[str, Any]] = [("$", tree)]
    while stack:
        path, node = stack.pop()
        if isinstance(node, _Pairs):
            seen: set[str] = set()
            for key, value in node:
                key_path = path + _name(key)
                if key in seen:
                    found.append(
                        ErrorDetail(
                            key_path,
                            Message(
                                f"kunci {quote(key)} muncul dua kali dalam satu objek",
                                f"the key {quote(key)} appears twice in one object",
                            ),
                        )
                    )
                seen.add(key)
                stack.append((key_path, value))
        elif isinstance(node, list):
            stack.extend((f"{path}[{i}]", item) for i, item in enumerate(node))
    found.sort(key=lambda d: d.path)
    return found


# -- error translation


def _too_deep() -> ErrorDetail:
    return ErrorDetail(
        "$",
        Message(
            "dokumen bersarang terlalu dalam untuk dibaca",
            "the document is nested too deeply to be read",
        ),
    )


def _unexpected(path: str, error: BaseException) -> ErrorDetail:
    try:
        said = escape_surrogates(str.__str__(str(error)))
    except Exception:  # an error whose text cannot be made
        said = ""
    text = shorten(f"{type(error).__name__}: {said}", 300)
    return ErrorDetail(path, Message(f"nilai tidak valid ({text})", f"invalid value ({text})"))


def _name(name: str) -> str:
    """The path step to an attribute or a key of an object."""
    name = str.__str__(name)  # plain text: a subclass's methods are never called
    if len(name) <= _MAX_KEY_IN_PATH and _NAME.match(name):
        return f".{name}"
    return _key(name)


def _key(key: object) -> str:
    """The path step to a key of a mapping: ``["2019"]``; any key, never raising."""
    text = shorten(str.__str__(key), _MAX_KEY_IN_PATH) if isinstance(key, str) else quote(key)
    return "[" + escape_surrogates(json.dumps(text, ensure_ascii=False)) + "]"


def _model_path(error: ModelError) -> str:
    """The JSON path suffix of a model error's path (``areas[0].actions[1].id``)."""
    return _json_path(error.path, error.entity)


def _json_path(model_path: str, entity: str) -> str:
    """The JSON path suffix of a path within an object of class *entity*."""
    path = _TARGET_YEAR.sub(r'\1["\2"]', model_path)
    if entity in ("Target", "YearlyBudget"):
        path = re.sub(r"^values\[([0-9]+)\]", r'["\1"]', path)
    if not path or path.startswith("["):
        return path
    return "." + path


def _details(error: BaseException, path: str) -> Iterator[ErrorDetail]:
    if isinstance(error, ClassValidationError):
        with_notes, without = error.group_exceptions()
        for sub, attribute_note in with_notes:
            yield from _leaf_or_group(sub, path + _name(attribute_note.name), attribute_note)
        for sub in without:
            yield from _details(sub, path)
    elif isinstance(error, IterableValidationError):
        with_iter_notes, without = error.group_exceptions()
        for sub, iter_note in with_iter_notes:
            index = iter_note.index
            step = f"[{index}]" if type(index) is int and index.bit_length() < 64 else _key(index)
            yield from _leaf_or_group(sub, path + step, iter_note)
        for sub in without:
            yield from _details(sub, path)
    elif isinstance(error, ForbiddenExtraKeysError):
        yield from _extra_keys(error, path)
    elif isinstance(error, InvalidValueError):
        yield ErrorDetail(path + error.path, error.message)
    elif isinstance(error, IntegrityError):
        for problem in error.problems:
            yield ErrorDetail(path + _json_path(problem.path, error.entity), problem.message)
    elif isinstance(error, ModelError):
        yield ErrorDetail(path + _model_path(error), error.message)
    elif isinstance(error, RoadmapError):
        yield ErrorDetail(path, error.message)
    elif isinstance(error, RecursionError):
        yield _too_deep()
    else:
        yield _unexpected(path, error)


def _leaf_or_group(
    error: Exception, path: str, note: AttributeValidationNote | IterableValidationNote
) -> Iterator[ErrorDetail]:
    if isinstance(error, KeyError) and not isinstance(error, RoadmapError):
        expected = describe_type(note.type)
        yield ErrorDetail(
            path,
            Message(
                f"kunci wajib tidak ada: diharapkan {expected.indonesian}",
                f"required key missing: expected {expected.english}",
            ),
        )
    else:
        yield from _details(error, path)


def _document_keys(cl: type) -> list[str]:
    if not attrs.has(cl):
        return []
    keys = [a.name for a in attrs.fields(cl) if a.init and not a.name.startswith("_")]
    if cl is RoadMap:
        keys.insert(0, "format_version")
    return keys


def _key_order(key: object) -> tuple[int, str]:
    """Unknown keys in order: text first, by itself; any other key by how it is quoted."""
    return (0, str.__str__(key)) if isinstance(key, str) else (1, quote(key))


def _extra_keys(error: ForbiddenExtraKeysError, path: str) -> Iterator[ErrorDetail]:
    known = _document_keys(error.cl)
    listed = ", ".join(f'"{k}"' for k in known)
    extra: set[object] = set(error.extra_fields)
    suggester = Suggester(known, cutoff=CODE_CUTOFF)
    for key in sorted(extra, key=_key_order):
        close = suggester.closest(key) if isinstance(key, str) else None
        if close is not None:
            hint_id = f'; maksud Anda "{close}"?'
            hint_en = f'; did you mean "{close}"?'
        else:
            hint_id = f"; kunci yang dikenal: {listed}"
            hint_en = f"; the known keys are {listed}"
        yield ErrorDetail(
            path + (_name(key) if isinstance(key, str) else _key(key)),
            Message(
                f"kunci tidak dikenal {quote(key)}{hint_id}",
                f"unknown key {quote(key)}{hint_en}",
            ),
        )
