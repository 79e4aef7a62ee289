"""Dates as plans write them: exact days, months, and 旬 (ten-day periods).

A plan date is an interval. Used as a start it means its first day; used as an
end or a deadline it means its last day, inclusive: a task due `2014-04 下旬`
is late only from 1 May.

Accepted spellings (the canonical one first):

    2013-07-22        2013年7月22日      an exact day
    2013-07           2013年7月          the whole month
    2013-07 上旬      2013年7月上旬      days 1-10   (中旬 11-20, 下旬 21-last)
    2013-07 上中旬                       days 1-20   (中下旬 11-last)
    2013-07 底        2013年7月底        the last day (also 月底, 末, 月末)

Inside a plan, the text's own habit of leaving out the year is accepted too
(`12月下旬`, `8月25日`): such a date takes the plan's year, or the following
year when it would fall wholly before the campaign's start (`YearContext`).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field
from datetime import date
from enum import Enum
from typing import Any


class Part(Enum):
    """Which part of a month a date names; the value is its canonical suffix."""

    DAY = "day"
    MONTH = ""
    EARLY = "上旬"
    MID = "中旬"
    LATE = "下旬"
    EARLY_MID = "上中旬"
    MID_LATE = "中下旬"
    END = "底"


_SUFFIXES: dict[str, Part] = {
    "上旬": Part.EARLY,
    "中旬": Part.MID,
    "下旬": Part.LATE,
    "上中旬": Part.EARLY_MID,
    "中下旬": Part.MID_LATE,
    "底": Part.END,
    "月底": Part.END,
    "末": Part.END,
    "月末": Part.END,
}
_SUFFIX = "|".join(sorted(_SUFFIXES, key=len, reverse=True))
# [0-9], not \d, which in Python also takes full-width and other scripts' digits:
# the plan's JSON Schema says the same, and editors check with JavaScript's ASCII \d.
_ISO = re.compile(rf"^([0-9]{{4}})-([0-9]{{1,2}})(?:-([0-9]{{1,2}}))?(?:\s*({_SUFFIX}))?$")
_ZH = re.compile(rf"^([0-9]{{4}})年([0-9]{{1,2}})月(?:([0-9]{{1,2}})日|({_SUFFIX}))?$")
_NO_YEAR = re.compile(rf"^()([0-9]{{1,2}})月(?:([0-9]{{1,2}})日|({_SUFFIX}))?$")


@dataclass(frozen=True, slots=True)
class YearContext:
    """What a date written without a year is read against: the plan's year and the campaign's start."""

    year: int
    start: date | None = None


#: The years a plan may name. Campaigns are planned within living memory and a
#: lifetime ahead; outside this a year is a typo (2206 for 2026), and calendar
#: arithmetic near year 1 or 9999 would overflow.
MIN_YEAR, MAX_YEAR = 1900, 2199


class DateSyntaxError(ValueError):
    """The text is not a date in any accepted spelling."""


class DateRangeError(ValueError):
    """The text has the right shape but names no real day (2013-02-30) or a year out of range."""


def year_out_of_range(value: Any) -> bool:
    """True when a date-shaped text names a year outside MIN_YEAR..MAX_YEAR."""
    if isinstance(value, date):
        return not MIN_YEAR <= value.year <= MAX_YEAR
    if not isinstance(value, str):
        return False
    match = _ISO.match(value.strip()) or _ZH.match(value.strip().replace(" ", ""))
    return match is not None and not MIN_YEAR <= int(match[1]) <= MAX_YEAR


@dataclass(frozen=True, slots=True, order=False)
class PlanDate:
    """A day, a month, or a 旬-granular part of a month."""

    year: int
    month: int
    part: Part
    day: int | None = None
    #: The first day of the interval: what the date means as a start.
    first: date = field(init=False, compare=False, repr=False)
    #: The last day of the interval: what the date means as an end or deadline.
    last: date = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        # Rules compare bounds many times over; compute them once.
        low, high = self._bounds()
        object.__setattr__(self, "first", date(self.year, self.month, low))
        object.__setattr__(self, "last", date(self.year, self.month, high))

    @classmethod
    def parse(cls, value: Any, context: YearContext | None = None) -> PlanDate:
        """Read a date from YAML text (or a `datetime.date`); with a context, also without a year."""
        if isinstance(value, PlanDate):
            return value
        if isinstance(value, date):
            if not MIN_YEAR <= value.year <= MAX_YEAR:
                raise DateRangeError(value.isoformat())
            return cls(value.year, value.month, Part.DAY, value.day)
        if not isinstance(value, str):
            raise DateSyntaxError(repr(value))
        text = value.strip()
        match = _ISO.match(text) or _ZH.match(text.replace(" ", ""))
        if match is None and context is not None:
            match = _NO_YEAR.match(text.replace(" ", ""))
        if match is None:
            raise DateSyntaxError(text)
        if not match[1]:
            assert context is not None
            found = cls.parse(f"{context.year}年{text.replace(' ', '')}")
            if context.start is not None and found.last < context.start:
                return cls.parse(f"{context.year + 1}年{text.replace(' ', '')}")
            return found
        year, month = int(match[1]), int(match[2])
        day = int(match[3]) if match[3] else None
        if not (1 <= month <= 12 and MIN_YEAR <= year <= MAX_YEAR):
            raise DateRangeError(text)
        if day is not None:
            if match[4]:
                raise DateSyntaxError(text)
            if not 1 <= day <= calendar.monthrange(year, month)[1]:
                raise DateRangeError(text)
            return cls(year, month, Part.DAY, day)
        part = _SUFFIXES[match[4]] if match[4] else Part.MONTH
        return cls(year, month, part)

    def _bounds(self) -> tuple[int, int]:
        month_end = calendar.monthrange(self.year, self.month)[1]
        if self.part is Part.DAY:
            assert self.day is not None
            return self.day, self.day
        return {
            Part.MONTH: (1, month_end),
            Part.EARLY: (1, 10),
            Part.MID: (11, 20),
            Part.LATE: (21, month_end),
            Part.EARLY_MID: (1, 20),
            Part.MID_LATE: (11, month_end),
            Part.END: (month_end, month_end),
        }[self.part]

    def __str__(self) -> str:
        """The canonical spelling, as a plan file should hold it."""
        if self.part is Part.DAY:
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        suffix = f" {self.part.value}" if self.part.value else ""
        return f"{self.year:04d}-{self.month:02d}{suffix}"

    def chinese(self, plan_year: int | None = None) -> str:
        """Written back as in a document: `7月中旬`, `2009年2月上旬`, `7月22日`."""
        year = "" if self.year == plan_year else f"{self.year}年"
        if self.part is Part.DAY:
            return f"{year}{self.month}月{self.day}日"
        return f"{year}{self.month}月{self.part.value}"


def chinese_range(start: PlanDate, end: PlanDate, plan_year: int | None = None, separator: str = "至") -> str:
    """A range the way plans write it: `2月中下旬至4月下旬`, `12月中旬至2009年2月上旬`."""
    if start == end:
        return start.chinese(plan_year)
    return f"{start.chinese(plan_year)}{separator}{end.chinese(plan_year)}"
