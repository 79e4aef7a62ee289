from tests.helpers import HEADER, found

PLAN = (
    HEADER
    + """\
phases:
  - name: 学习教育
    start: 2013-07 中旬
    end: 2013-08 中旬
    tasks:
      - title: 早于环节
        due: 2013-07 上旬
      - title: 晚于环节
        due: 2013-08
      - title: 环节最后一天
        due: 2013-08-20
"""
)


def test_reports_due_dates_outside_the_phase() -> None:
    assert found(PLAN, "S006") == [("S006", 9, 14), ("S006", 11, 14)]
