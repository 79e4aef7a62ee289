"""The year that dates written without one take, read from the plan's raw data before validation.

Plans write `12月下旬` and `8月25日` as their text does. Such a date takes the
year of the plan's 成文日期 (else of the campaign's start), or the following
year when it would fall wholly before the campaign's start, so that
`1月中旬` in a campaign from October to March is next January.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from campaigntool.dates import DateRangeError, DateSyntaxError, PlanDate, YearContext


def year_context(data: Any) -> YearContext | None:
    """The context, or None when the plan gives no year anywhere."""
    if not isinstance(data, dict):
        return None
    issued = _date(data.get("date"))
    period = data.get("period")
    start = _date(period.get("start")) if isinstance(period, dict) else None
    if start is None:
        starts = [found for found in map(_date, _phase_starts(data)) if found is not None]
        start = min(starts, key=lambda d: d.first) if starts else None
    year = issued.year if issued is not None else start.year if start is not None else None
    if year is None:
        return None
    return YearContext(year, start.first if start is not None else None)


def _date(value: Any) -> PlanDate | None:
    try:
        return PlanDate.parse(value)
    except (DateSyntaxError, DateRangeError):
        return None


def _phase_starts(data: dict[str, Any]) -> Iterator[Any]:
    phases = data.get("phases")
    if isinstance(phases, list):
        yield from (p.get("start") for p in phases if isinstance(p, dict))
    stack = list(data.get("body") or []) if isinstance(data.get("body"), list) else []
    while stack:
        section = stack.pop()
        if not isinstance(section, dict):
            continue
        if "phase" in section:
            yield section.get("start")
        children = section.get("sections")
        if isinstance(children, list):
            stack.extend(children)
