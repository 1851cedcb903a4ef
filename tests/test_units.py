"""The unit registry: names, aliases and groups resolve; clashes are refused."""

from __future__ import annotations

import pytest
from hypothesis import given

import rbroadmap as rb
import rbroadmap.strategies as rbst


def registry() -> rb.UnitRegistry:
    return rb.UnitRegistry(
        units=[
            rb.ResponsibleUnit(
                id="bag-organisasi", name="Bag. Organisasi Setda", aliases=["Bagian Organisasi"]
            ),
            rb.ResponsibleUnit(id="bkpsdm", name="BKPSDM"),
        ],
        groups=[
            rb.UnitGroup(
                id="seluruh-opd",
                name="seluruh OPD",
                aliases=["di seluruh OPD", "semua OPD"],
                size=39,
                unit="OPD",
            ),
            rb.UnitGroup(
                id="pengelola", name="Pengelola SDM", members=["bkpsdm", "bag-organisasi"]
            ),
        ],
    )


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("BKPSDM", "bkpsdm"),
        ("bkpsdm", "bkpsdm"),
        ("Bag.  Organisasi   Setda", "bag-organisasi"),
        ("bagian organisasi", "bag-organisasi"),
        ("Di Seluruh OPD", "seluruh-opd"),
        ("DPMPPTSP", None),
    ],
)
def test_resolves_names_aliases_and_ids(name: str, expected: str | None) -> None:
    found = registry().resolve(name)
    assert (found.id if found else None) == expected


def test_registry_is_a_collection() -> None:
    reg = registry()
    assert len(reg) == 4
    assert [u.id for u in reg] == ["bag-organisasi", "bkpsdm", "seluruh-opd", "pengelola"]
    assert "semua opd" in reg
    assert "BKD" not in reg
    assert reg.known_names()[:2] == ("Bag. Organisasi Setda", "Bagian Organisasi")
    assert reg.get("bkpsdm") == reg.units[1]


def test_a_name_cannot_mean_two_units() -> None:
    with pytest.raises(rb.ModelError, match="belongs to both"):
        rb.UnitRegistry(
            units=[
                rb.ResponsibleUnit(id="a", name="Inspektorat"),
                rb.ResponsibleUnit(id="b", name="X", aliases=["INSPEKTORAT"]),
            ]
        )


def test_unit_ids_are_unique() -> None:
    with pytest.raises(rb.ModelError, match="used twice"):
        rb.UnitRegistry(
            units=[rb.ResponsibleUnit(id="a", name="A"), rb.ResponsibleUnit(id="a", name="B")]
        )


def test_group_members_must_be_registered_units() -> None:
    with pytest.raises(rb.ModelError) as info:
        rb.UnitRegistry(groups=[rb.UnitGroup(id="g", name="G", members=["nobody"])])
    assert info.value.path == "groups[0].members[0]"


@pytest.mark.parametrize("parent", ["nobody", "b", "g"], ids=["unknown", "itself", "a group"])
def test_a_units_parent_must_be_another_registered_unit(parent: str) -> None:
    # Regression: only the loader refused a dangling parent; built in code, it passed.
    units = [
        rb.ResponsibleUnit(id="a", name="A"),
        rb.ResponsibleUnit(id="b", name="B", parent=parent),
    ]
    with pytest.raises(rb.ModelError) as info:
        rb.UnitRegistry(units=units, groups=[rb.UnitGroup(id="g", name="G")])
    assert info.value.path == "units[1].parent"
    assert "is not another registered unit" in str(info.value)
    data = rb.to_dict(rb.UnitRegistry(units=units[:1]))
    data["units"].append(rb.to_dict(units[1]))
    data["groups"] = [{"id": "g", "name": "G"}]
    with pytest.raises(rb.DataError) as loading:
        rb.from_dict(data, rb.UnitRegistry)
    assert loading.value.paths == ("$.units[1].parent",)  # building and loading agree
    assert rb.UnitRegistry(units=[units[0], rb.ResponsibleUnit(id="b", name="B", parent="a")])


@pytest.mark.parametrize(
    ("build", "fragment"),
    [
        (lambda: rb.ResponsibleUnit(id="a", name="  "), "empty"),
        (lambda: rb.ResponsibleUnit(id="a", name="A", aliases=[""]), "empty"),
        (lambda: rb.UnitGroup(id="g", name="G", size=-1), "size"),
        (lambda: rb.UnitGroup(id="g", name="G", members=["a", "b"], size=1), "size"),
        (lambda: rb.UnitGroup(id="g", name="G", members=["not an id"]), "not a valid id"),
    ],
)
def test_constructors_refuse_meaningless_values(build: object, fragment: str) -> None:
    with pytest.raises(rb.ModelError, match=fragment):
        build()  # type: ignore[operator]


def test_a_unit_cannot_be_its_own_ancestor() -> None:
    with pytest.raises(rb.ModelError) as info:
        rb.UnitRegistry(
            units=[
                rb.ResponsibleUnit(id="a", name="A", parent="b"),
                rb.ResponsibleUnit(id="b", name="B", parent="c"),
                rb.ResponsibleUnit(id="c", name="C", parent="a"),
            ]
        )
    assert info.value.path == "units[0].parent"
    assert "a -> b -> c -> a" in str(info.value)
    chain = rb.UnitRegistry(
        units=[
            rb.ResponsibleUnit(id="setda", name="Setda"),
            rb.ResponsibleUnit(id="bag-organisasi", name="Bag. Organisasi", parent="setda"),
            rb.ResponsibleUnit(id="sub", name="Sub", parent="bag-organisasi"),
        ]
    )
    assert chain.get("sub") is not None


def _variants(name: str) -> list[str]:
    """*name* written as other hands write it: other case, runs of spaces, padding."""
    return [name.upper(), name.lower(), name.swapcase(), f"  {name.replace(' ', '   ')} "]


@pytest.mark.parametrize("taken", ["diskominfo", "Dinas Kominfo", "Kominfo Kota"])
@pytest.mark.parametrize("field", ["name", "aliases"])
def test_a_name_differing_from_another_units_id_or_name_by_case_or_spacing_is_refused(
    taken: str, field: str
) -> None:
    # Regression: an id "diskominfo" and another unit named "Diskominfo" were accepted,
    # and resolve() gave one unit for "diskominfo" and the other for "Diskominfo".
    first = rb.ResponsibleUnit(id="diskominfo", name="Dinas Kominfo", aliases=["Kominfo Kota"])
    for variant in _variants(taken):
        name, aliases = (variant, []) if field == "name" else ("Lain", [variant])
        second = rb.ResponsibleUnit(id="lain", name=name, aliases=aliases)
        with pytest.raises(rb.ModelError, match="belongs to both 'diskominfo' and 'lain'") as e:
            rb.UnitRegistry(units=[first, second])
        assert e.value.path == ("units[1].name" if field == "name" else "units[1].aliases[0]")


def test_an_id_differing_from_another_units_name_by_case_is_refused() -> None:
    first = rb.ResponsibleUnit(id="kominfo", name="Diskominfo")
    group = rb.UnitGroup(id="DISKOMINFO", name="Kelompok Kominfo")
    with pytest.raises(rb.ModelError, match="belongs to both 'kominfo' and 'DISKOMINFO'") as e:
        rb.UnitRegistry(units=[first], groups=[group])
    assert e.value.path == "groups[0].id"


@given(rbst.unit_registries())
def test_every_name_resolves_to_one_unit_whatever_its_case_or_spacing(
    registry: rb.UnitRegistry,
) -> None:
    for ref in registry:
        for name in (ref.id, *ref.names):
            for variant in _variants(name):
                assert registry.resolve(variant) is ref
