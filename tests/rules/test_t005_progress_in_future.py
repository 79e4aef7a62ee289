from datetime import date

from tests.helpers import HEADER, found

PLAN = (
    HEADER
    + """\
phases:
  - name: 学习教育
    start: 2026-11 上旬
    end: 2026-12 下旬
    tasks:
      - title: 召开座谈会
        lead: 办公室
        progress:
          - date: 2026-11-20
            text: 召开座谈会2场
          - date: 2026-12-05
            text: 召开座谈会1场
rectification:
  - problem: 联系职工不够经常
    lead: [办公室]
    progress:
      - date: 2026-11-22
        text: 建立联系点
"""
)


def test_reports_progress_dated_after_the_day_of_the_check() -> None:
    assert found(PLAN, "T005", as_of=date(2026, 11, 21)) == [("T005", 13, 19), ("T005", 19, 15)]


def test_progress_today_is_fine() -> None:
    assert found(PLAN, "T005", as_of=date(2026, 12, 5)) == []
