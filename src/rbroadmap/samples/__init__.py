"""Sample road maps (*contoh road map*) bundled with rbroadmap.

* `probolinggo`: the Kota Probolinggo road map 2018-2022, complete.
* `synthetic_portfolio` and `synthetic_roadmap`: a national portfolio of
  made-up road maps with their realisations, as plain data, for trying an
  application at scale (see `rbroadmap.samples.synthetic`).

>>> import rbroadmap as rb
>>> rb.samples.probolinggo().government
'Kota Probolinggo'
"""

from rbroadmap.samples.probolinggo import probolinggo
from rbroadmap.samples.synthetic import NATIONAL_BODIES, synthetic_portfolio, synthetic_roadmap

__all__ = ["NATIONAL_BODIES", "probolinggo", "synthetic_portfolio", "synthetic_roadmap"]
