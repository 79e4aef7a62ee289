from tests.helpers import HEADER, found

PLAN = (
    HEADER
    + """\
phases:
  - name: 学习教育
    start: 2013-07 中旬
    end: 2013-08 下旬
    tasks:
      - title: 召开动员大会
        status: done
      - title: 集中学习
        status: done
        done: 2013-08-01
"""
)


def test_reports_done_without_a_date_at_the_status() -> None:
    assert found(PLAN, "T001") == [("T001", 9, 17)]
