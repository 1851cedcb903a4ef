"""Shared test configuration: Hypothesis profiles.

* ``default``: the everyday profile.
* ``ci``: Hypothesis' built-in profile, loaded when the ``CI`` variable is set.
* ``thorough``: for long runs, ``HYPOTHESIS_PROFILE=thorough python -m pytest``.
"""

import os

from hypothesis import HealthCheck, settings

settings.register_profile(
    "thorough",
    max_examples=2_000,
    suppress_health_check=[HealthCheck.too_slow],
    deadline=None,
)
settings.register_profile("default", deadline=None)

if "HYPOTHESIS_PROFILE" in os.environ:
    settings.load_profile(os.environ["HYPOTHESIS_PROFILE"])
elif not os.environ.get("CI"):
    settings.load_profile("default")
