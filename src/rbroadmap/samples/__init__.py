"""Sample road maps (*contoh road map*) bundled with rbroadmap.

* `probolinggo`: the Kota Probolinggo road map 2018-2022, complete.

>>> import rbroadmap as rb
>>> rb.samples.probolinggo().government
'Kota Probolinggo'
"""

from rbroadmap.samples.probolinggo import probolinggo

__all__ = ["probolinggo"]
