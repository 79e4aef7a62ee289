"""Deadlines as offices write them: a date, or words that are not one date.

Plans and ledgers give a 完成时限 as a date (`2026-08 底`, also `8月底前`,
`2021年2月3日前`), as `年底前` (31 December of the plan's year), as `立行立改`
(at once: due when the task starts), as `长期坚持` (ongoing: never overdue,
listed for review), or as a recurring duty tracked occurrence by occurrence:

    每月28日前        each month, by the 28th          (每月底: by the last day)
    每季度第1个月的20日前   in the first month of each quarter, by the 20th
    每季度末          by the last day of each quarter
    每周 / 每周五前    each week, by Friday (or the day named)

Each kind writes itself back in Chinese with `chinese()`; a date is a
`PlanDate`. Rolling a deadline off a holiday is the calendar's job, not this
module's (see `workdays.WorkCalendar.roll`).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any, Literal

from campaigntool.dates import DateRangeError, DateSyntaxError, Part, PlanDate, YearContext


@dataclass(frozen=True, slots=True)
class Ongoing:
    """长期坚持: no deadline; never overdue, but listed for review."""

    def chinese(self, plan_year: int | None = None) -> str:
        return "长期坚持"

    def __str__(self) -> str:
        return "长期坚持"


@dataclass(frozen=True, slots=True)
class Immediate:
    """立行立改: due as soon as the task starts (its start's last day)."""

    def chinese(self, plan_year: int | None = None) -> str:
        return "立行立改"

    def __str__(self) -> str:
        return "立行立改"


Every = Literal["week", "month", "quarter"]
_WEEKDAYS = "一二三四五六日"


@dataclass(frozen=True, slots=True)
class Recurring:
    """A duty due again and again: each week, month or quarter, by a given day.

    `day` is the day of the month (None: its last day) or, weekly, the weekday
    (1 Monday … 7 Sunday); `month` is the month of the quarter (1-3). An
    impossible day (`每月32日`) is kept as written, for rule T005 to report.
    """

    every: Every
    day: int | None
    month: int = 1
    text: str = field(default="", compare=False)

    def chinese(self, plan_year: int | None = None) -> str:
        return str(self)

    def __str__(self) -> str:
        if self.every == "week":
            day = self.day or 0
            return f"每周{_WEEKDAYS[day - 1] if 1 <= day <= 7 else day}前"
        by = "底" if self.day is None else f"{self.day}日前"
        if self.every == "month":
            return f"每月{by}"
        if self.month == 3 and self.day is None:
            return "每季度末"
        return f"每季度第{self.month}个月的{by}"

    @property
    def possible(self) -> bool:
        """Whether the day exists: a month's 1st-31st or its end, a quarter's 1st-3rd month."""
        if self.every == "week":
            return self.day is not None and 1 <= self.day <= 7
        return (self.day is None or 1 <= self.day <= 31) and 1 <= self.month <= 3

    def occurrences(self, first: date, last: date) -> list[date]:
        """The nominal deadlines from `first` to `last` inclusive, in order.

        A month without the day (30 February) takes its last day, as offices do.
        """
        if not self.possible:
            return []
        days: list[date] = []
        if self.every == "week":
            day = first + timedelta(days=((self.day or 1) - 1 - first.weekday()) % 7)
            while day <= last:
                days.append(day)
                day += timedelta(days=7)
            return days
        year, month = first.year, first.month
        while date(year, month, 1) <= last:
            if self.every == "month" or (month - 1) % 3 == self.month - 1:
                end = calendar.monthrange(year, month)[1]
                day = date(year, month, end if self.day is None else min(self.day, end))
                if first <= day <= last:
                    days.append(day)
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        return days


Deadline = PlanDate | Ongoing | Immediate | Recurring

_BEFORE = re.compile(r"(之前|以前|前)$")
_MONTHLY = re.compile(r"^每(?:个)?月(?:的)?(?:([0-9]{1,2})[日号]|(底|月底|末|月末))$")
_QUARTERLY = re.compile(
    r"^每(?:个)?季度(?:的)?(?:第([0-9一二三])个?月(?:的)?(?:([0-9]{1,2})[日号]|(底|末))|(末|底))$"
)
_WEEKLY = re.compile(r"^每(?:个)?周(?:([一二三四五六日天1-7]))?$")
_NUMERALS = {"一": 1, "二": 2, "三": 3}


def parse_deadline(value: Any, context: YearContext | None = None) -> Deadline:
    """A deadline from YAML text; raises DateSyntaxError or DateRangeError as `PlanDate.parse` does."""
    if isinstance(value, Ongoing | Immediate | Recurring | PlanDate):
        return value
    if not isinstance(value, str):
        return PlanDate.parse(value, context)
    text = "".join(value.split())
    if text == "长期坚持":
        return Ongoing()
    if text in ("立行立改", "立即整改"):
        return Immediate()
    recurring = _recurring(_BEFORE.sub("", text), value.strip())
    if recurring is not None:
        return recurring
    bare = _BEFORE.sub("", text)
    if bare in ("年底", "年末"):
        if context is None:
            raise DateSyntaxError(value)
        return PlanDate(context.year, 12, Part.END)
    try:
        return PlanDate.parse(value, context)
    except (DateSyntaxError, DateRangeError):
        if bare == text:
            raise
    return PlanDate.parse(bare, context)


def _recurring(text: str, written: str) -> Recurring | None:
    match = _MONTHLY.match(text)
    if match:
        return Recurring("month", int(match[1]) if match[1] else None, text=written)
    match = _QUARTERLY.match(text)
    if match:
        if match[4]:
            return Recurring("quarter", None, 3, text=written)
        month = _NUMERALS.get(match[1]) or int(match[1])
        return Recurring("quarter", int(match[2]) if match[2] else None, month, text=written)
    match = _WEEKLY.match(text)
    if match:
        mark = match[1] or "五"
        day = 7 if mark in "日天" else (_WEEKDAYS.index(mark) + 1 if mark in _WEEKDAYS else int(mark))
        return Recurring("week", day, text=written)
    return None


def deadline_phrase(deadline: Deadline, plan_year: int | None = None) -> str:
    """How a schedule or ledger writes the deadline: `8月中旬前`, `长期坚持`, `每月28日前`."""
    if isinstance(deadline, PlanDate):
        return f"{deadline.chinese(plan_year)}前"
    return deadline.chinese(plan_year)


_FULL_WIDTH = str.maketrans("０１２３４５６７８９．／－", "0123456789./-")
_SEPARATED = re.compile(r"^([0-9]{4})[./]([0-9]{1,2})(?:[./]([0-9]{1,2}))?$")


def suggestion(text: str, context: YearContext | None = None, *, deadline: bool = False) -> str | None:
    """The nearest valid spelling of a date written wrongly, or None when none is near.

    `2026年12月底前` is `2026-12 底` where a plain date is wanted, `2013.7.22` is
    `2013-07-22`, `12月下旬` takes the plan's year.
    """
    cleaned = "".join(str(text).translate(_FULL_WIDTH).split()).replace("号", "日")
    cleaned = _BEFORE.sub("", cleaned) if not deadline else cleaned
    separated = _SEPARATED.match(cleaned)
    if separated:
        year, month, day = separated[1], int(separated[2]), separated[3]
        cleaned = f"{year}年{month}月" + (f"{int(day)}日" if day else "")
    for candidate in (cleaned, _BEFORE.sub("", cleaned)):
        try:
            found = parse_deadline(candidate, context) if deadline else PlanDate.parse(candidate, context)
        except (DateSyntaxError, DateRangeError):
            continue
        return str(found)
    if context is None:
        try:
            found = PlanDate.parse(cleaned, YearContext(2026))
        except (DateSyntaxError, DateRangeError):
            return None
        return f"YYYY-{found.month:02d}" + (str(found)[7:] if len(str(found)) > 7 else "")
    return None
