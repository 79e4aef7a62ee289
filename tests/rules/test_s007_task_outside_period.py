from tests.helpers import HEADER, found

PLAN = (
    HEADER
    + """\
period:
  start: 2013-07 中旬
  end: 2013-11 中旬
phases:
  - name: 整改落实
    start: 2013-10 中旬
    end: 2013-12 上旬
    tasks:
      - title: 上报总结
        due: 2013-12 上旬
      - title: 按期
        due: 2013-11 中旬
"""
)


def test_reports_a_task_due_after_the_period() -> None:
    assert found(PLAN, "S007") == [("S007", 12, 14)]


def test_no_period_no_finding() -> None:
    text = PLAN.replace("period:\n  start: 2013-07 中旬\n  end: 2013-11 中旬\n", "")
    assert found(text, "S007") == []
