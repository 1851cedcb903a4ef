"""Write the rule reference, docs/reference/rules.md, from the rules' own metadata.

    python docs/gen_rules.py

tests/test_rules_reference.py fails when the committed page differs from what
the catalogue generates; run this script to bring it up to date.
"""

from pathlib import Path

from rbroadmap.rules import reference_markdown

PAGE = Path(__file__).resolve().parent / "reference" / "rules.md"

if __name__ == "__main__":
    PAGE.write_text(reference_markdown(), encoding="utf-8")
    print(f"wrote {PAGE}")
