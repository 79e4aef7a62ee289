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
      - title: 提前写了完成
        due: 2026-12 上旬
        status: done
        done: 2026-11-22
"""
)


def test_reports_a_done_date_after_the_day_of_the_check() -> None:
    assert found(PLAN, "S009", as_of=date(2026, 11, 21)) == [("S009", 11, 15)]


def test_done_today_is_fine() -> None:
    assert found(PLAN, "S009", as_of=date(2026, 11, 22)) == []
