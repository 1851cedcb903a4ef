"""Attainment (*capaian*): what a road map reached against its targets.

Every year, and often every quarter (*triwulan*), a government reports what it
reached (*realisasi*) and states its attainment per action, area, programme
and unit, and whether the road map will be met by its last year.
`rbroadmap.attain` does that from a road map and a set of `Realization`
values, as of a date passed in:

```python
import pendulum
import rbroadmap as rb

report = rb.attain(roadmap, realizations, as_of=pendulum.date(2020, 12, 31))
report.row("organisasi-1", 2020).percent      # Decimal('91.67')
report.rollup("area", "organisasi", year=2020).explanation.english
report.overall.outlook                        # will the road map be met?
records = report.to_records()                 # for pandas.DataFrame(records)
```

The parts, one concept per module:

* `rbroadmap.attainment.realizations`: `Realization`, `Realizations`,
  `Verdict`, and the errors a realisation can raise;
* `rbroadmap.attainment.periods`: years, quarters and ``as_of``;
* `rbroadmap.attainment.starts`: where a target starts (`StartPoint`);
* `rbroadmap.attainment.quarters`: targets stated per quarter, expected as written;
* `rbroadmap.attainment.prorating`: what a target expects while its year runs;
* `rbroadmap.attainment.formulas`: the attainment formulas and their sources,
  and each target's own (`TargetFormula`);
* `rbroadmap.attainment.bands`: status bands and `DEFAULT_BANDS`;
* `rbroadmap.attainment.rollups`: roll-ups by mean, budget-weighted mean or
  worst child, with coverage;
* `rbroadmap.attainment.limits`: the limits of each kind of value's scale;
* `rbroadmap.attainment.forecast`: the forecast for the final year, from where
  the target stands;
* `rbroadmap.attainment.outlooks`: a group's outlook and its targets by outlook;
* `rbroadmap.attainment.report`: the report, its rows and plain records;
* `rbroadmap.attainment.calculator`: `attain` itself.

Every figure is exact (`fractions.Fraction`) and shown as a `decimal.Decimal`
rounded half up to two decimals; every figure explains itself in Indonesian
and English. See the explanation page on formulas for every formula and its
source.
"""

from rbroadmap.attainment.bands import DEFAULT_BANDS, Band, BandTable
from rbroadmap.attainment.calculator import attain
from rbroadmap.attainment.forecast import Forecast, ForecastMethod, Outlook
from rbroadmap.attainment.formulas import Expected, Formula, LowerIsBetter, Outcome, TargetFormula
from rbroadmap.attainment.limits import ScaleLimits
from rbroadmap.attainment.outlooks import OutlookCounts, OutlookRule
from rbroadmap.attainment.periods import Proration, quarter_end, quarter_of
from rbroadmap.attainment.realizations import (
    DuplicateRealizationError,
    OutsidePeriodError,
    Realization,
    RealizationError,
    Realizations,
    RealizedValue,
    UnitMismatchError,
    UnknownTargetError,
    Verdict,
)
from rbroadmap.attainment.report import (
    Attainment,
    AttainmentOptions,
    AttainmentReport,
    LeftOut,
    LeftOutReason,
    Status,
    TargetAttainment,
)
from rbroadmap.attainment.rollups import Dimension, RollUp, RollUpMethod
from rbroadmap.attainment.starts import StartPoint, StartSource

__all__ = [
    "DEFAULT_BANDS",
    "Attainment",
    "AttainmentOptions",
    "AttainmentReport",
    "Band",
    "BandTable",
    "Dimension",
    "DuplicateRealizationError",
    "Expected",
    "Forecast",
    "ForecastMethod",
    "Formula",
    "LeftOut",
    "LeftOutReason",
    "LowerIsBetter",
    "Outcome",
    "Outlook",
    "OutlookCounts",
    "OutlookRule",
    "OutsidePeriodError",
    "Proration",
    "Realization",
    "RealizationError",
    "Realizations",
    "RealizedValue",
    "RollUp",
    "RollUpMethod",
    "ScaleLimits",
    "StartPoint",
    "StartSource",
    "Status",
    "TargetAttainment",
    "TargetFormula",
    "UnitMismatchError",
    "UnknownTargetError",
    "Verdict",
    "attain",
    "quarter_end",
    "quarter_of",
]
