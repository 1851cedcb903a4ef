"""One programme, one unit, everywhere: the keys the budget, attainment and rules share.

Rows naming *Program Foo* and *program  foo* were one programme in
`budget_summary` but two programme roll-ups in `attain`, each module deciding
for itself what "the same programme" means. They now ask one resolver
(`rbroadmap._keys.Keys`); these tests compare what each of them reports.
"""

from __future__ import annotations

import pendulum
from hypothesis import given
from hypothesis import strategies as st

import rbroadmap as rb
from rbroadmap._keys import Keys
from rbroadmap._text import name_key
from rbroadmap.attainment import Dimension

T = rb.Target.of
AS_OF = pendulum.date(2019, 12, 31)


def _roadmap(
    cells: list[tuple[str | None, tuple[str, ...], int | None]],
    *,
    programmes: tuple[rb.Programme, ...] = (),
) -> rb.RoadMap:
    """A road map whose rows have these (programme, units, budget) cells, each with a target."""
    actions = [
        rb.Action(
            id=f"org-{i}",
            text=f"Aksi nomor {i}",
            programme=programme,
            units=units,
            budget=budget,
            targets=T(2018, "50%", "100%"),
        )
        for i, (programme, units, budget) in enumerate(cells)
    ]
    return rb.RoadMap(
        id="kota-x",
        government="Kota X",
        period=rb.Period(2018, 2019),
        areas=[rb.Area(id="org", name="Organisasi", actions=actions)],
        programmes=programmes,
        units=rb.UnitRegistry(units=[rb.ResponsibleUnit(id="bkpsdm", name="BKPSDM")]),
    )


def _realised(roadmap: rb.RoadMap) -> rb.Realizations:
    return rb.Realizations(
        items=[
            rb.Realization(target_id=a.id, year=2018, value=rb.parse_value("50%"))
            for a in roadmap.actions()
            if a.targets is not None
        ]
    )


def _attained(roadmap: rb.RoadMap, dimension: Dimension) -> dict[str | None, int]:
    report = rb.attain(roadmap, _realised(roadmap), as_of=AS_OF)
    return {r.key: len(r.children) for r in report.rollups_by(dimension)}


def test_spellings_of_one_undeclared_programme_are_one_programme_everywhere() -> None:
    roadmap = _roadmap(
        [
            ("Program Foo", ("BKPSDM",), 100),
            ("program  foo", ("BKPSDM",), 50),
            ("PROGRAM FOO ", ("BKPSDM",), 25),
            ("Program Bar", ("BKPSDM",), 10),
        ]
    )
    assert rb.budget_summary(roadmap).by_programme == {"Program Foo": 175, "Program Bar": 10}
    assert _attained(roadmap, Dimension.PROGRAMME) == {"Program Foo": 3, "Program Bar": 1}
    report = rb.validate(roadmap, select=["RB303", "RB304"])
    assert [f.value for f in report] == [
        "Program Foo",
        "program  foo",
        "PROGRAM FOO ",
        "Program Bar",
    ]


def test_spellings_of_a_declared_programme_count_under_its_id_everywhere() -> None:
    declared = rb.Programme(id="program-foo", name="Program Foo")
    roadmap = _roadmap(
        [("Program Foo", ("BKPSDM",), 100), ("program  FOO", ("BKPSDM",), 50)],
        programmes=(declared,),
    )
    assert rb.budget_summary(roadmap).by_programme == {"program-foo": 150}
    assert _attained(roadmap, Dimension.PROGRAMME) == {"program-foo": 2}
    assert len(rb.validate(roadmap, select=["RB303", "RB304", "RB305"])) == 0


def test_an_unknown_unit_is_one_unit_whatever_its_case_and_spaces() -> None:
    roadmap = _roadmap(
        [
            ("Program Foo", ("Dinas X",), 100),
            ("Program Foo", ("dinas  x",), 50),
            ("Program Foo", ("bkpsdm",), 20),
            ("Program Foo", ("BKPSDM",), 5),
        ]
    )
    assert rb.budget_summary(roadmap).by_unit == {"Dinas X": 150, "bkpsdm": 25}
    assert _attained(roadmap, Dimension.UNIT) == {"bkpsdm": 2, "Dinas X": 2}


def test_the_first_spelling_in_the_document_names_the_group_whichever_rows_are_read() -> None:
    # The first row has neither budget nor target: the budget summary and attainment
    # read only the second, and still name the programme as the document first does.
    first = rb.Action(id="org-a", text="Aksi tanpa anggaran", programme="PROGRAM FOO")
    roadmap = _roadmap([("Program Foo", ("BKPSDM",), 100)])
    area = roadmap.areas[0]
    roadmap = rb.RoadMap(
        id=roadmap.id,
        government=roadmap.government,
        period=roadmap.period,
        areas=[rb.Area(id=area.id, name=area.name, actions=[first, *area.actions])],
        units=roadmap.units,
    )
    assert rb.budget_summary(roadmap).by_programme == {"PROGRAM FOO": 100}
    assert _attained(roadmap, Dimension.PROGRAMME) == {"PROGRAM FOO": 1}


_BASES = ("Program Foo", "Program Peningkatan Kapasitas", "Bar")


@st.composite
def _spelling(draw: st.DrawFn) -> str:
    """One of a few programme names, in any case and with any runs of spaces."""
    words = draw(st.sampled_from(_BASES)).split()
    spaced = "".join(word + draw(st.sampled_from([" ", "  ", "\t", " \u3000"])) for word in words)
    return "".join(ch.upper() if draw(st.booleans()) else ch.lower() for ch in spaced.rstrip())


@given(
    st.lists(
        st.tuples(st.none() | _spelling(), st.integers(min_value=1, max_value=10**9)),
        min_size=1,
        max_size=8,
    )
)
def test_budget_and_attainment_group_rows_by_the_same_programmes(
    rows: list[tuple[str | None, int]],
) -> None:
    roadmap = _roadmap([(programme, ("BKPSDM",), budget) for programme, budget in rows])
    budget = rb.budget_summary(roadmap).by_programme
    attained = _attained(roadmap, Dimension.PROGRAMME)
    assert set(budget) == set(attained)
    distinct = {None if p is None else name_key(p) for p, _ in rows}
    assert len(budget) == len(distinct)
    keys = Keys(roadmap)
    for programme, _ in rows:
        assert keys.programme(programme)[0] in budget
    assert sum(budget.values()) == sum(amount for _, amount in rows)
