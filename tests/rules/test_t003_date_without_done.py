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
        status: in_progress
        done: 2013-07-25
"""
)


def test_reports_a_done_date_on_an_unfinished_task() -> None:
    assert found(PLAN, "T003") == [("T003", 10, 15)]
