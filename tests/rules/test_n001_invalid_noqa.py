from campaigntool.diagnostics import Severity
from tests.helpers import HEADER, diagnostics, found

PLAN = (
    HEADER
    + """\
date: 2013-07-22  # noqa: D002 原文如此
period:
  start: 2013-07 中旬
  end: 2013-11 中旬
"""
)


def test_an_unknown_code_is_reported_at_the_code_and_silences_nothing() -> None:
    text = PLAN.replace("D002", "D02")
    assert found(text) == [("D002", 3, 7), ("N001", 3, 27)]
    [_, invalid] = diagnostics(text)
    assert invalid.severity is Severity.WARNING
    assert (invalid.span.end_col - invalid.span.col) == len("D02")


def test_a_colon_without_codes_is_not_a_bare_noqa() -> None:
    assert found(PLAN.replace("D002 ", "")) == [("D002", 3, 7), ("N001", 3, 19)]


def test_reading_and_validation_codes_cannot_be_silenced() -> None:
    assert found(PLAN.replace("D002", "D002, V001")) == [("N001", 3, 33)]


def test_lowercase_codes_and_comma_lists_are_valid() -> None:
    assert found(PLAN.replace("D002", "d002, S004")) == []
    assert found(PLAN.replace("D002", "D002，S004")) == []


def test_it_can_be_ignored_like_any_rule() -> None:
    assert found(PLAN.replace("D002", "D02"), "D") == [("D002", 3, 7)]


def test_a_hash_inside_a_word_is_not_a_comment() -> None:
    assert found(HEADER + "short_name: 第#noqa：X9号\n") == []
