from datetime import date

from campaigntool.check import Selection, check_loaded
from campaigntool.config import Settings
from campaigntool.load import load_text
from tests.helpers import HEADER, found

PLAN = (
    HEADER
    + """\
phases:
  - name: 国庆前后
    start: 2026-09
    end: 2026-10
    tasks:
      - title: 国庆当天开会
        due: 2026-10-01
      - title: 调休上班日报送
        due: 2026-10-10
      - title: 周日开始
        start: 2026-09-27
        due: 2026-10 中旬
      - title: 旬不是具体某天
        due: 2026-10 上旬
"""
)


def test_reports_holidays_and_weekends_but_not_makeup_days() -> None:
    assert found(PLAN, "S010") == [("S010", 9, 14), ("S010", 13, 16)]


def test_years_without_holiday_data_fall_back_to_weekends() -> None:
    # No holiday data for 2031: National Day (a Wednesday) counts as a working
    # day; only the Saturday start is reported.
    text = PLAN.replace("2026", "2031")
    assert [(c, line) for c, line, _ in found(text, "S010")] == [("S010", 13)]


def test_closed_days_from_configuration_count() -> None:
    settings = Settings(select=["S010"], closed_days=[date(2026, 10, 10)])
    loaded = load_text(PLAN, "plan.yaml")
    lines = [
        d.line for d in check_loaded(loaded, Selection.from_settings(settings), date(2026, 11, 1)).diagnostics
    ]
    assert lines == [9, 11, 13]
