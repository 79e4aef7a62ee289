from campaigntool.diagnostics import Severity
from tests.helpers import HEADER, diagnostics, found

PLAN = (
    HEADER
    + """\
date: 2013-07-10  # noqa: D002 原文如此
period:
  start: 2013-07 中旬
  end: 2013-11 中旬
"""
)


def test_off_by_default() -> None:
    assert found(PLAN) == []


def test_an_unused_code_is_reported_when_selected() -> None:
    [unused] = diagnostics(PLAN, "ALL", "N002")
    assert (unused.code, unused.line, unused.col) == ("N002", 3, 27)
    assert unused.severity is Severity.INFO


def test_a_used_code_is_not_reported() -> None:
    assert found(PLAN.replace("2013-07-10", "2013-07-22"), "ALL", "N002") == []


def test_a_bare_noqa_that_silences_nothing() -> None:
    assert found(PLAN.replace("# noqa: D002 原文如此", "# noqa"), "ALL", "N002") == [("N002", 3, 19)]


def test_codes_of_rules_that_did_not_run_are_not_blamed() -> None:
    assert found(PLAN, "S", "N002") == []


def test_an_unused_file_level_code() -> None:
    text = "# campaign: noqa: D003 原文如此\n" + PLAN.replace("  # noqa: D002 原文如此", "")
    assert found(text, "ALL", "N002") == [("N002", 1, 19)]
