"""The README stays true to the rules the tool has."""

from campaigntool.rules import CHECKS
from tests.helpers import REPO


def test_readme_lists_every_rule_with_its_name_and_severity() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    for rule in CHECKS:
        assert f"| {rule.code} | {rule.name} | {rule.severity.value} |" in readme, rule.code
