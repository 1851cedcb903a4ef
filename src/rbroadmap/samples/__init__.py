"""Sample road maps (*contoh road map*) bundled with rbroadmap.

* `probolinggo`: the Kota Probolinggo road map 2018-2022, complete.
* `klaten`: pages IV-44 and IV-45 of the Kabupaten Klaten road map 2022-2024,
  an action plan of kegiatan, sub kegiatan and outputs ticked ``√`` per year.
* `synthetic_portfolio` and `synthetic_roadmap`: a national portfolio of
  made-up road maps with their realisations, as plain data, for trying an
  application at scale (see `rbroadmap.samples.synthetic`).

>>> import rbroadmap as rb
>>> rb.samples.probolinggo().government
'Kota Probolinggo'
>>> rb.samples.klaten().areas[0].heading
'G. Penguatan Pengawasan'
"""

from rbroadmap.samples.klaten import klaten
from rbroadmap.samples.probolinggo import probolinggo
from rbroadmap.samples.synthetic import NATIONAL_BODIES, synthetic_portfolio, synthetic_roadmap

__all__ = ["NATIONAL_BODIES", "klaten", "probolinggo", "synthetic_portfolio", "synthetic_roadmap"]
