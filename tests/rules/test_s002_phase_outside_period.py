from tests.helpers import HEADER, found

PLAN = (
    HEADER
    + """\
period:
  start: 2013-07 中旬
  end: 2013-11 中旬
phases:
  - name: 学习教育
    start: 2013-07 上旬
    end: 2013-08 下旬
  - name: 整改落实
    start: 2013-10 上旬
    end: 2013-11 下旬
"""
)


def test_reports_start_before_and_end_after_the_period() -> None:
    assert found(PLAN, "S002") == [("S002", 8, 12), ("S002", 12, 10)]


def test_phase_ending_with_the_period_is_inside() -> None:
    text = PLAN.replace("2013-11 下旬", "2013-11 中旬").replace("2013-07 上旬", "2013-07-11")
    assert found(text, "S002") == []
