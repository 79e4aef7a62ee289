from tests.helpers import HEADER, found

PLAN = (
    HEADER
    + """\
phases:
  - name: 学习教育
    start: 2013-07 中旬
    end: 2013-08 下旬
    tasks:
      - title: 有开始日期
        start: 2013-08 中旬
        due: 2013-08 下旬
        status: done
        done: 2013-08-05
      - title: 用环节的开始
        due: 2013-08 下旬
        status: done
        done: 2013-07-02
      - title: 正常
        due: 2013-08 下旬
        status: done
        done: 2013-07-11
"""
)


def test_reports_done_dates_before_the_start() -> None:
    assert found(PLAN, "S008") == [("S008", 12, 15), ("S008", 16, 15)]
