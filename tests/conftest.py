"""Shared test configuration: Hypothesis profiles, and the option that rewrites golden files.

Hypothesis profiles:

* ``default``: the everyday profile.
* ``ci``: Hypothesis' built-in profile, loaded when the ``CI`` variable is set.
* ``thorough``: for long runs, ``HYPOTHESIS_PROFILE=thorough python -m pytest``.

``--update-golden`` writes the golden files of ``tests/golden/`` (what users read,
pinned: every rule's message in both languages) from what the library gives now,
instead of comparing with them. Run it when a change of wording is meant, then read
the diff of the golden file before committing it::

    python -m pytest tests/test_rules_catalogue.py --update-golden
"""

import os

import pytest
from hypothesis import HealthCheck, settings


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        default=False,
        help="write tests/golden/ from what the library gives now, instead of comparing",
    )


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
