"""Every public enumeration speaks both languages: each member has a bilingual label
from one base (`LabelledEnum`), and messages show labels, never raw values."""

from __future__ import annotations

import enum
import importlib
import pickle

import pytest

import rbroadmap as rb
from rbroadmap.messages import LabelledEnum, Message

MODULES = (
    "rbroadmap",
    "rbroadmap.areasets",
    "rbroadmap.attainment",
    "rbroadmap.model",
    "rbroadmap.rules",
    "rbroadmap.schedule",
)
# The rules' severities keep labels of their own until the rule kernel moves.
NOT_YET = {"Severity"}


def public_enums() -> list[type[enum.Enum]]:
    found: dict[str, type[enum.Enum]] = {}
    for name in MODULES:
        module = importlib.import_module(name)
        for attribute in module.__all__:
            value = getattr(module, attribute)
            if isinstance(value, type) and issubclass(value, enum.Enum):
                found[value.__qualname__] = value
    return [found[name] for name in sorted(found) if name not in NOT_YET]


ENUMS = public_enums()


def test_the_public_enumerations_are_found() -> None:
    names = {e.__name__ for e in ENUMS}
    assert {"Shape", "Direction", "Role", "Comparison", "Status", "Verdict"} <= names
    assert len(ENUMS) >= 14


@pytest.mark.parametrize("kind", ENUMS, ids=lambda e: e.__name__)
def test_every_member_has_a_label_in_both_languages(kind: type[enum.Enum]) -> None:
    assert issubclass(kind, LabelledEnum)
    labels = [member.label for member in kind]  # type: ignore[attr-defined]
    for member, label in zip(kind, labels, strict=True):
        assert isinstance(label, Message)
        assert label.indonesian.strip(), member
        assert label.english.strip(), member
        assert isinstance(member.value, str)
        assert kind(member.value) is member  # looked up by value, as documents hold it
    assert len({label.indonesian for label in labels}) == len(labels), "two members read alike"
    assert len({label.english for label in labels}) == len(labels), "two members read alike"


@pytest.mark.parametrize("kind", ENUMS, ids=lambda e: e.__name__)
def test_members_pickle_and_keep_their_label(kind: type[enum.Enum]) -> None:
    for member in kind:
        again = pickle.loads(pickle.dumps(member))
        assert again is member
        assert again.label == member.label  # type: ignore[attr-defined]


def test_labels_are_the_documented_names() -> None:
    assert rb.Shape.PERIODIC.label == Message("Berkala", "Periodic")
    assert rb.Role.CHAIR.label == Message("Ketua", "Chair")
    assert rb.Comparison.MORE_THAN.label == Message("Lebih dari", "More than")
    assert rb.attainment.Status.MISSING.label == Message("Belum dilaporkan", "Not reported")
    assert rb.Outlook.OFF_TRACK.label.indonesian == "Tidak sesuai jalur"
    assert rb.Verdict.ACHIEVED.label == Message("Tercapai", "Achieved")
    assert rb.Dimension.AREA.label.english == "Area of change"


def test_a_member_is_declared_with_text() -> None:
    with pytest.raises(TypeError, match="value is text"):

        class Wrong(LabelledEnum):
            ONE = 1, "Satu", "One"


def test_an_ambiguous_schedule_is_named_in_each_language() -> None:
    target = rb.Target.of(2018, "-", "50%", "-", "100%", "-")
    action = rb.Action(id="a1", text="Reviu", targets=target)
    area = rb.Area(id="organisasi", name="Organisasi", actions=[action])
    roadmap = rb.RoadMap(id="x", government="Kota X", period=rb.Period(2018, 2022), areas=[area])
    finding = next(f for f in rb.validate(roadmap, select=["RB206"]).findings)
    assert finding.detail.indonesian == (
        "target baris 'a1' (- 50% - 100% -) dapat dibaca sebagai berkala, kumulatif; "
        "nyatakan polanya"
    )
    assert finding.detail.english == (
        "the target of row 'a1' (- 50% - 100% -) reads as periodic, cumulative; declare its shape"
    )
    assert finding.suggestion == "periodic"
