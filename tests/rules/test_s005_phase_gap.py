from campaigntool.diagnostics import Severity
from tests.helpers import HEADER, diagnostics, found

PLAN = (
    HEADER
    + """\
phases:
  - name: 学习教育
    start: 2013-07 中旬
    end: 2013-08 中旬
  - name: 查摆问题
    start: 2013-09 上旬
    end: 2013-09 下旬
"""
)


def test_reports_the_gap_as_information() -> None:
    [diagnostic] = diagnostics(PLAN, "S005")
    assert (diagnostic.code, diagnostic.line, diagnostic.col) == ("S005", 8, 12)
    assert diagnostic.severity is Severity.INFO
    assert "11 days" in diagnostic.message.en


def test_adjacent_xun_leave_no_gap() -> None:
    assert found(PLAN.replace("2013-09 上旬", "2013-08 下旬"), "S005") == []
