"""China's working calendar: public holidays and 调休 makeup working days.

The data comes from `chinese-calendar`, which covers a fixed range of years
and raises for others; there we fall back to weekends only and say so once.
`campaign.toml` can close or open further days:

    [calendar]
    closed = ["2026-12-31"]     # 单位自行安排的休息日
    open = ["2026-10-10"]       # 加班日
    deadline_on_holiday = "before"   # a recurring deadline on a day off: before, after or keep
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta
from typing import Literal

from campaigntool.i18n import Text

#: Where a recurring deadline that falls on a day off moves: offices move it to the working day before.
Roll = Literal["before", "after", "keep"]
ROLLS: tuple[Roll, ...] = ("before", "after", "keep")


class WorkCalendar:
    """Answers whether a day is a working day, degrading gracefully."""

    def __init__(
        self, closed: Iterable[date] = (), opened: Iterable[date] = (), roll: Roll = "before"
    ) -> None:
        self.closed = frozenset(closed)
        self.opened = frozenset(opened)
        self.roll_to = roll
        self.missing_years: set[int] = set()

    def is_workday(self, day: date) -> bool:
        if day in self.closed:
            return False
        if day in self.opened:
            return True
        try:
            import chinese_calendar

            return bool(chinese_calendar.is_workday(day))
        except (ImportError, NotImplementedError):
            self.missing_years.add(day.year)
            return day.weekday() < 5

    def roll(self, day: date) -> date:
        """A deadline on a day off moved to the working day before (or after, or kept)."""
        if self.roll_to == "keep":
            return day
        step = timedelta(days=-1 if self.roll_to == "before" else 1)
        moved = day
        for _ in range(31):  # the longest holiday is far shorter; never loop forever
            if self.is_workday(moved):
                return moved
            moved += step
        return day

    def workdays_after(self, start: date, end: date) -> int:
        """Working days in (start, end]: how many working days `end` is past `start`."""
        count, day = 0, start + timedelta(days=1)
        while day <= end:
            count += self.is_workday(day)
            day += timedelta(days=1)
        return count

    def notice(self) -> Text | None:
        """One sentence about years without holiday data, if any were needed."""
        if not self.missing_years:
            return None
        years = "、".join(str(y) for y in sorted(self.missing_years))
        years_en = ", ".join(str(y) for y in sorted(self.missing_years))
        return Text(
            f"注意：没有 {years} 年的节假日和调休数据，这些年份只按周末计算非工作日。",
            f"note: no holiday data for {years_en}; only weekends count as non-working days there.",
        )
