"""Check the Kota Probolinggo road map 2018-2022 and print the report, grouped by rule.

    python examples/validate.py            # in Indonesian
    python examples/validate.py --lang en  # in English
    python examples/validate.py --json     # as JSON, for another program

Every finding names the rule (code, name, severity), the entity at fault and what is
wrong, with a suggestion where one can be computed. The report is the same on every
run: it depends on the road map only, never on the clock.
"""

from __future__ import annotations

import argparse
import json

import rbroadmap as rb


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", choices=["id", "en"], default="id")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    args = parser.parse_args()

    report = rb.validate(rb.samples.probolinggo(), lang=args.lang)
    if args.json:
        print(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
    else:
        print(report.to_text(width=100))


if __name__ == "__main__":
    main()
