import pytest

from campaigntool.rules import ALL, Rule
from tests.helpers import run


def test_rule_lists_every_code() -> None:
    result = run("rule")
    assert result.exit_code == 0
    listed = [line.split()[0] for line in result.stdout.splitlines()]
    assert listed == [rule.code for rule in ALL]


@pytest.mark.parametrize("rule", ALL, ids=lambda r: r.code)
def test_every_rule_is_documented_in_both_languages(rule: type[Rule]) -> None:
    zh = run("rule", rule.code, "--lang", "zh").stdout
    en = run("rule", rule.code, "--lang", "en").stdout
    assert zh.startswith(f"{rule.code} {rule.name}")
    assert "为什么" in zh and "示例" in zh
    assert "Why" in en or "Example" in en


def test_rule_code_is_case_insensitive() -> None:
    assert run("rule", "s001").stdout.startswith("S001 end-before-start")


def test_unknown_rule_is_a_usage_error() -> None:
    result = run("rule", "Z001")
    assert result.exit_code == 2
