from campaigntool.diagnostics import Severity
from tests.helpers import HEADER, diagnostics, found

PLAN = (
    HEADER
    + """\
phases:
  - name: 学习教育
    start: 2013-07 中旬
    end: 2013-08 下旬
  - name: 查摆问题
    start: 2013-08 中旬
    end: 2013-09 下旬
"""
)


def test_reports_overlap_as_a_warning_with_its_length() -> None:
    [diagnostic] = diagnostics(PLAN, "S004")
    assert (diagnostic.code, diagnostic.line, diagnostic.col) == ("S004", 8, 12)
    assert diagnostic.severity is Severity.WARNING
    assert "21 days" in diagnostic.message.en


def test_next_xun_is_no_overlap() -> None:
    assert found(PLAN.replace("2013-08 中旬", "2013-09 上旬"), "S004") == []


def test_noqa_comment_silences_an_intended_overlap() -> None:
    text = PLAN.replace("start: 2013-08 中旬", "start: 2013-08 中旬  # noqa: S004")
    assert found(text, "S004") == []


def test_a_shared_boundary_xun_is_a_hand_over_not_an_overlap() -> None:
    text = PLAN.replace("start: 2013-08 中旬", "start: 2013-08 下旬")
    assert found(text, "S004") == []


def test_phases_in_the_text_overlap_too() -> None:
    text = (
        HEADER
        + """\
body:
  - phase: 学习教育
    start: 2013-07 中旬
    end: 2013-08 下旬
  - phase: 查摆问题
    start: 2013-08 中旬
    end: 2013-09 下旬
"""
    )
    assert found(text, "S004") == [("S004", 8, 12)]
