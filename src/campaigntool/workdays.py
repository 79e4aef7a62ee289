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

import bisect
from collections.abc import Iterable
from datetime import date, timedelta
from functools import lru_cache
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
        self._sorted: tuple[list[date], list[date]] | None = None

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
        """Working days in (start, end]: how many working days `end` is past `start`.

        Counted, not walked: the weekdays in the range, less the weekday
        holidays, plus the weekend makeup days, so that a deadline decades ago
        costs no more than one last week.
        """
        if end <= start:
            return 0
        first = start + timedelta(days=1)
        closed, opened = self._exceptions()
        self._note_missing(first, end)
        return (
            _weekdays(first, end)
            - (bisect.bisect_right(closed, end) - bisect.bisect_left(closed, first))
            + (bisect.bisect_right(opened, end) - bisect.bisect_left(opened, first))
        )

    def exceptions(self, first: date, last: date) -> tuple[list[date], list[date]]:
        """Weekdays that are not working days, and weekend days that are, in [first, last]."""
        closed, opened = self._exceptions()
        self._note_missing(first, last)
        return (
            closed[bisect.bisect_left(closed, first) : bisect.bisect_right(closed, last)],
            opened[bisect.bisect_left(opened, first) : bisect.bisect_right(opened, last)],
        )

    def _exceptions(self) -> tuple[list[date], list[date]]:
        """Every day whose working status differs from the plain week, sorted (computed once)."""
        if self._sorted is None:
            holidays, makeup = _holiday_data()
            candidates = self.closed | self.opened | set(holidays) | set(makeup)
            closed = sorted(d for d in candidates if d.weekday() < 5 and not self.is_workday(d))
            opened = sorted(d for d in candidates if d.weekday() >= 5 and self.is_workday(d))
            self._sorted = (closed, opened)
        return self._sorted

    def _note_missing(self, first: date, last: date) -> None:
        """Remember the years of [first, last] that have no holiday data."""
        low, high = _data_years()
        self.missing_years.update(range(first.year, min(last.year, low - 1) + 1))
        self.missing_years.update(range(max(first.year, high + 1), last.year + 1))

    def notice(self) -> Text | None:
        """One sentence about years without holiday data, if any were needed."""
        if not self.missing_years:
            return None
        years = "、".join(_runs(self.missing_years))
        years_en = ", ".join(_runs(self.missing_years))
        return Text(
            f"注意：没有 {years} 年的节假日和调休数据，这些年份只按周末计算非工作日。",
            f"note: no holiday data for {years_en}; only weekends count as non-working days there.",
        )


def _weekdays(first: date, last: date) -> int:
    """Monday to Friday days in [first, last]."""
    full, rest = divmod((last - first).days + 1, 7)
    start = first.weekday()
    return full * 5 + sum((start + i) % 7 < 5 for i in range(rest))


@lru_cache(maxsize=1)
def _holiday_data() -> tuple[frozenset[date], frozenset[date]]:
    """The days chinese-calendar lists: holidays and makeup working days."""
    try:
        from chinese_calendar import constants
    except ImportError:
        return frozenset(), frozenset()
    return frozenset(constants.holidays), frozenset(constants.workdays)


@lru_cache(maxsize=1)
def _data_years() -> tuple[int, int]:
    """The first and last year with holiday data (none: an empty range)."""
    holidays, _ = _holiday_data()
    if not holidays:
        return 1, 0
    return min(holidays).year, max(holidays).year


def _runs(years: set[int]) -> list[str]:
    """Years as runs: 2001, 2003–2005."""
    runs: list[list[int]] = []
    for year in sorted(years):
        if runs and runs[-1][1] == year - 1:
            runs[-1][1] = year
        else:
            runs.append([year, year])
    return [f"{a}" if a == b else f"{a}–{b}" for a, b in runs]
