"""Every text the library holds, writes or shows encodes as UTF-8.

A JSON document may escape half of a UTF-16 surrogate pair (``"\\ud800"``):
Python reads it as a lone surrogate, which is no character, and which no UTF-8
encoder takes. Such text used to load, and then `validate` raised
`UnicodeEncodeError` from a finding's fingerprint and `to_json` wrote text that
could not be encoded. The library refuses it where text enters: loading reports
it at its path (`tests/test_corpus.py` tries every text of two documents), and
every text field of the model refuses it, so that objects built in code agree.
"""

from __future__ import annotations

import json
import typing
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import rbroadmap as rb
from rbroadmap.rules.report import fingerprint
from support.hostile import LONE_SURROGATES
from support.inventory import DOCUMENT_CLASSES, instance

BUILT_IN_CODE = sorted({*DOCUMENT_CLASSES, rb.Realization, rb.Waiver}, key=lambda cls: cls.__name__)


def _text_fields(cls: type) -> list[tuple[str, bool]]:
    """The fields of *cls* that hold text: (name, holds a tuple of texts)."""
    hints = typing.get_type_hints(cls)
    found = []
    for field in attrs.fields(cls):
        if not field.init:
            continue
        tp = hints[field.name]
        args = typing.get_args(tp)
        if tp is str or (str in args and type(None) in args):
            found.append((field.name, False))
        elif typing.get_origin(tp) is tuple and args and args[0] is str:
            found.append((field.name, True))
    return found


TEXT_FIELDS = [(cls, name, many) for cls in BUILT_IN_CODE for name, many in _text_fields(cls)]


def test_the_classes_hold_text_fields_to_check() -> None:
    names = {f"{cls.__name__}.{name}" for cls, name, _ in TEXT_FIELDS}
    expected = {"Action.text", "Action.units", "Count.unit", "Waiver.reason", "Realization.note"}
    assert expected <= names
    assert len(names) > 50


@pytest.mark.parametrize(
    ("cls", "name", "many"), TEXT_FIELDS, ids=[f"{c.__name__}.{n}" for c, n, _ in TEXT_FIELDS]
)
@pytest.mark.parametrize("surrogate", LONE_SURROGATES, ids=repr)
def test_every_text_field_refuses_a_lone_surrogate(
    cls: type, name: str, many: bool, surrogate: str
) -> None:
    text = "Setda" + surrogate
    value: Any = (text,) if many else text
    with pytest.raises(rb.ModelError) as caught:
        attrs.evolve(instance(cls), **{name: value})
    assert caught.value.field.startswith(name)
    str(caught.value).encode("utf-8")
    caught.value.text("id").encode("utf-8")


def test_loading_refuses_a_lone_surrogate_at_its_path() -> None:
    document = rb.to_dict(rb.samples.probolinggo())
    document["areas"][0]["actions"][0]["text"] = "Bag. Organisasi Setda\ud800"
    document["areas"][2]["name"] = "\udfff"
    with pytest.raises(rb.DataError) as caught:
        rb.from_dict(document, rb.RoadMap)
    assert caught.value.paths == ("$.areas[0].actions[0].text", "$.areas[2].name")
    assert "lone surrogate (U+D800) at position 21" in str(caught.value)
    assert "surrogat tunggal (U+DFFF) pada posisi 0" in caught.value.text("id")
    str(caught.value).encode("utf-8")


def test_a_key_with_a_lone_surrogate_is_shown_escaped_in_its_path() -> None:
    with pytest.raises(rb.DataError) as caught:
        rb.from_dict({"id": "a1", "unit\ud800": ["BKPSDM"]}, rb.Action)
    (path,) = caught.value.paths
    assert path == '$["unit\\ud800"]'
    str(caught.value).encode("utf-8")


@given(
    st.text(st.characters(codec=None), max_size=20),
    st.one_of(st.none(), st.integers(), st.text(st.characters(codec=None))),
)
def test_a_fingerprint_never_raises(text: str, value: str | int | None) -> None:
    # Regression: a finding on a text holding a lone surrogate raised UnicodeEncodeError.
    assert len(fingerprint("RB503", "a1", text, value)) == 16
    assert len(fingerprint("RB503", "a1", "text", 10**5000)) == 16


@given(
    # Not ending in a high surrogate: with a low one after it, the pair is a character.
    st.text(st.characters(codec=None)).filter(lambda t: not t or not "\ud800" <= t[-1] <= "\udbff"),
    st.sampled_from(LONE_SURROGATES),
)
def test_to_json_always_encodes_as_utf_8(text: str, surrogate: str) -> None:
    # The model refuses lone surrogates; an object built outside it may still hold one.
    message = rb.Message(text + surrogate, "é " + text)
    written = rb.to_json(message)
    written.encode("utf-8")
    assert json.loads(written) == {"indonesian": text + surrogate, "english": "é " + text}
