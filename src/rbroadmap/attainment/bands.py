"""Status bands (*kategori capaian*): what an attainment percentage is called.

Regional performance reports name an attainment by a band. The default table,
`DEFAULT_BANDS`, is the five-step scale often used in them (one good public
source: the rating scale of regional plan evaluations under Permendagri
54/2010 and 86/2017; see *Attainment formulas and their sources* in the
documentation):

======================  ===================================  ===============
printed                 Indonesian                           English
======================  ===================================  ===============
≥ 91                    Sangat Tinggi (Sangat Baik)          Very high
76-90                   Tinggi (Baik)                        High
66-75                   Sedang (Cukup)                       Medium
51-65                   Rendah (Kurang)                      Low
≤ 50                    Sangat Rendah (Sangat Kurang)        Very low
======================  ===================================  ===============

**Lower bounds.** The printed bands leave gaps (between 90 and 91, 75 and 76,
...). A band here is its lower bound, inclusive, up to the next band's: 90,50%
is *Tinggi*, 91,00% is *Sangat Tinggi*, 50,99% is *Sangat Rendah*. Anything
above 100% stays in the top band.

**Rounded first.** A percentage is classified as shown, rounded half up to two
decimals, so that a figure and its band never disagree: an exact 90,996% is
shown 91,00% and classified *Sangat Tinggi*.

Agencies use other tables; build one with `BandTable` and pass it to
`rbroadmap.attain` as ``bands=``.

>>> from decimal import Decimal
>>> DEFAULT_BANDS.classify(Decimal("90.5")).indonesian
'Tinggi'
>>> DEFAULT_BANDS.classify(Decimal(91)).english
'Very high'
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from decimal import Decimal
from fractions import Fraction
from typing import Any, Final, final

import attrs

from rbroadmap import _checks
from rbroadmap._checks import exact_decimal
from rbroadmap.attainment._numbers import round_half_up
from rbroadmap.messages import Message

__all__ = ["DEFAULT_BANDS", "Band", "BandTable"]


def _low(value: Decimal | int) -> Decimal:
    return exact_decimal(value, "Band", "low")


@final
@attrs.frozen(kw_only=True)
class Band:
    """Band (*kategori*) of attainment: from its lower bound up to the next band's.

    Attributes:
        code: A short stable code (``"sangat-tinggi"``).
        low: The lowest attainment in the band, in percent, inclusive.
        indonesian: Its name in Indonesian (``"Sangat Tinggi"``).
        english: Its name in English (``"Very high"``).
        aliases: Other Indonesian names of the band (``"Sangat Baik"``).
        printed: The band as printed in the source (``"≥ 91"``).

    >>> Band(code="baik", low=80, indonesian="Baik", english="Good").low
    Decimal('80')
    """

    code: str = attrs.field(validator=_checks.identifier)
    low: Decimal = attrs.field(converter=_low)
    indonesian: str = attrs.field(validator=_checks.text)
    english: str = attrs.field(validator=_checks.text)
    aliases: tuple[str, ...] = attrs.field(
        default=(), converter=_checks.to_tuple, validator=_checks.tuple_of(str)
    )
    printed: str = attrs.field(default="", validator=_checks.text)

    @property
    def label(self) -> Message:
        """The band's name in both languages.

        >>> DEFAULT_BANDS.bands[0].label.english
        'Very high'
        """
        return Message(self.indonesian, self.english)

    def __str__(self) -> str:
        return self.indonesian


def _bands(value: Iterable[Band]) -> tuple[Band, ...]:
    return _checks.to_tuple(value)  # type: ignore[no-any-return]


def _check_bands(instance: BandTable, attribute: attrs.Attribute[Any], value: object) -> None:
    _checks.tuple_of(Band)(instance, attribute, value)
    bands: tuple[Band, ...] = value  # type: ignore[assignment]  # checked just above
    if not bands:
        raise _checks.fail(
            instance, attribute.name, value, "paling sedikit satu kategori", "at least one band"
        )
    for i in range(1, len(bands)):
        if bands[i].low >= bands[i - 1].low:
            raise _checks.fail(
                instance,
                f"{attribute.name}[{i}].low",
                bands[i].low,
                "batas bawah harus turun, kategori terbaik dahulu",
                "lower bounds must fall, best band first",
            )
    if bands[-1].low != 0:
        raise _checks.fail(
            instance,
            f"{attribute.name}[{len(bands) - 1}].low",
            bands[-1].low,
            "kategori terakhir harus mulai dari 0",
            "the last band must start at 0",
        )
    codes = [b.code for b in bands]
    if len(set(codes)) != len(codes):
        raise _checks.fail(
            instance, attribute.name, codes, "kode kategori harus unik", "band codes must be unique"
        )


@final
@attrs.frozen(kw_only=True)
class BandTable:
    """Table of status bands (*tabel kategori capaian*), best band first.

    Attributes:
        name: What the table is called.
        bands: The bands, best (highest lower bound) first; the last starts
            at 0, so that every attainment has a band.
        source: Where the table comes from.

    Raises:
        ModelError: If the bands are not in falling order of lower bound, or
            the last does not start at 0.

    >>> table = BandTable(name="tercapai", bands=[
    ...     Band(code="tercapai", low=100, indonesian="Tercapai", english="Met"),
    ...     Band(code="belum", low=0, indonesian="Belum tercapai", english="Not met")])
    >>> table.classify(Decimal("99.99")).code
    'belum'
    """

    name: str = attrs.field(validator=_checks.text)
    bands: tuple[Band, ...] = attrs.field(converter=_bands, validator=_check_bands)
    source: str = attrs.field(default="", validator=_checks.text)

    def classify(self, percent: Decimal | Fraction | int) -> Band:
        """Return the band of an attainment *percent* (rounded half up to 2 places first).

        A negative attainment (which `rbroadmap.attain` never reports) falls in
        the last band.
        """
        shown = round_half_up(percent if type(percent) is Fraction else Fraction(percent))
        for band in self.bands:
            if shown >= band.low:
                return band
        return self.bands[-1]

    def band(self, code: str) -> Band:
        """Return the band with this code.

        Raises:
            KeyError: If the table has no such band.
        """
        for band in self.bands:
            if band.code == code:
                return band
        raise KeyError(code)

    def __iter__(self) -> Iterator[Band]:
        return iter(self.bands)

    def __len__(self) -> int:
        return len(self.bands)


DEFAULT_BANDS: Final = BandTable(
    name="Kategori capaian kinerja (5 tingkat)",
    source="Bands often used in regional performance reports "
    "(Permendagri 54/2010, 86/2017 evaluation scale)",
    bands=[
        Band(
            code="sangat-tinggi",
            low=91,
            indonesian="Sangat Tinggi",
            english="Very high",
            aliases=("Sangat Baik",),
            printed="≥ 91",
        ),
        Band(
            code="tinggi",
            low=76,
            indonesian="Tinggi",
            english="High",
            aliases=("Baik",),
            printed="76-90",
        ),
        Band(
            code="sedang",
            low=66,
            indonesian="Sedang",
            english="Medium",
            aliases=("Cukup",),
            printed="66-75",
        ),
        Band(
            code="rendah",
            low=51,
            indonesian="Rendah",
            english="Low",
            aliases=("Kurang",),
            printed="51-65",
        ),
        Band(
            code="sangat-rendah",
            low=0,
            indonesian="Sangat Rendah",
            english="Very low",
            aliases=("Sangat Kurang",),
            printed="≤ 50",
        ),
    ],
)
"""The default band table: Sangat Tinggi ≥ 91 ... Sangat Rendah ≤ 50, by lower bounds."""
