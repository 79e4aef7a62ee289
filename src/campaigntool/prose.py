"""Facts that prose states in words: date ranges, numbers of phases, who leads the group.

Real plans repeat in their text what the schedule says (`集中在7月中旬至11月中旬
进行`, `着力抓好以下三个环节`, `……赵国红任组长`). These readers find such
statements with their character offsets, so that rules can compare them with
the data and point at the exact words.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from campaigntool.dates import DateRangeError, Part, PlanDate

_PARTS = {
    "上旬": Part.EARLY,
    "初": Part.EARLY,
    "中旬": Part.MID,
    "下旬": Part.LATE,
    "上中旬": Part.EARLY_MID,
    "中下旬": Part.MID_LATE,
    "底": Part.END,
    "末": Part.END,
}


def _date(n: int) -> str:
    return (
        rf"(?:(?P<y{n}>\d{{4}})年)?(?P<m{n}>\d{{1,2}})月份?"
        rf"(?:(?P<p{n}>上中旬|中下旬|上旬|中旬|下旬|初|底|末)|(?P<d{n}>\d{{1,2}})日)?"
    )


_RANGE = re.compile(
    rf"(?:从|自|于)?{_date(1)}(?:开始|起)?[，,]?\s*(?:至|到|—+|－|-|~|～)\s*(?:至)?{_date(2)}(?!\d)"
)


@dataclass(frozen=True)
class ProseRange:
    """A date range written in words, and where it stands in its text."""

    offset: int
    length: int
    start: PlanDate
    end: PlanDate


def _plan_date(year: int, month: int, part: str | None, day: str | None) -> PlanDate:
    if day:
        return PlanDate(year, month, Part.DAY, int(day))
    return PlanDate(year, month, _PARTS[part] if part else Part.MONTH)


def date_ranges(text: str, year: int) -> Iterator[ProseRange]:
    """`7月中旬至11月中旬`, `从2008年9月开始至2009年2月份`, `2月中下旬-4月下旬` …

    A range without a year takes `year`; an end month before the start month
    falls in the following year (`12月中旬至2月上旬`).
    """
    for match in _RANGE.finditer(text):
        m1, m2 = int(match["m1"]), int(match["m2"])
        if match["y1"]:
            first_year = int(match["y1"])
        elif match["y2"]:  # `12月中旬至2009年2月上旬`: the start is in the year before
            first_year = int(match["y2"]) - (1 if m1 > m2 else 0)
        else:
            first_year = year
        second_year = int(match["y2"]) if match["y2"] else first_year + (1 if m2 < m1 else 0)
        if not (1 <= m1 <= 12 and 1 <= m2 <= 12):
            continue
        try:
            start = _plan_date(first_year, m1, match["p1"], match["d1"])
            end = _plan_date(second_year, m2, match["p2"], match["d2"])
        except (DateRangeError, ValueError):
            continue
        yield ProseRange(match.start(), match.end() - match.start(), start, end)


_NUMERALS = {
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
    "十": 10,
}
_COUNT = re.compile(
    r"(?:以下|分为?|分成|共|包括|抓好|经过)[^。；，]{0,12}?(?P<n>十?[一二两三四五六七八九]|十|\d{1,2})个(?:环节|阶段|步骤)"
)


@dataclass(frozen=True)
class ProseCount:
    offset: int
    length: int
    count: int


def _number(text: str) -> int:
    if text.isdigit():
        return int(text)
    if text.startswith("十"):
        return 10 + (_NUMERALS[text[1:]] if len(text) > 1 else 0)
    return _NUMERALS[text]


def phase_counts(text: str) -> Iterator[ProseCount]:
    """`着力抓好以下三个环节`, `分……3个环节进行`, `分四个阶段进行`: the number and where it stands."""
    for match in _COUNT.finditer(text):
        yield ProseCount(match.start("n"), len(match["n"]), _number(match["n"]))


_ROLE = re.compile(r"[^，。；：！？\n]*?(?:任|为|担任)(?P<role>(?<!副)组长|副组长)")
_ROLE_AFTER = re.compile(r"(?P<role>(?<!副)组长|副组长)由(?P<who>[^，。；：！？\n]*?)(?:同志)?(?:担任|兼任)")


@dataclass(frozen=True)
class ProseRole:
    """A clause that names someone as 组长 or 副组长: the clause, where it stands, and the role."""

    offset: int
    clause: str
    deputy: bool


def group_roles(text: str) -> Iterator[ProseRole]:
    """`……赵国红任组长`, `史桂茹、刘野任副组长`, `组长由……担任`, `由……为组长的`."""
    for match in _ROLE.finditer(text):
        yield ProseRole(match.start(), match.group(), match["role"] == "副组长")
    for match in _ROLE_AFTER.finditer(text):
        yield ProseRole(match.start("who"), match["who"], match["role"] == "副组长")
