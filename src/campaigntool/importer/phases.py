"""Phases (环节, 阶段) found in the text and in a 总体日程安排 table, with their dates.

A section's subsections are phases when their headings carry dates
(`学习调研阶段（9月下旬至11月中旬）`), or when the section is a 方法步骤 /
时间安排 and its text counts them (`着力抓好以下三个环节`) or they are named
…阶段. Dates come from the heading, else from the schedule table, else from
the phase's first sentence, else — a guess, said so — from the section's
overall range divided by 旬.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from campaigntool.dates import DateRangeError, Part, PlanDate, chinese_range
from campaigntool.importer.build import Sec
from campaigntool.prose import date_ranges, phase_counts

_DATED = re.compile(r"^(?P<name>.+?)(?P<left>[（(])(?P<when>[^（）()]{3,30})(?P<right>[）)])$")
_STEPS = re.compile(
    r"方法步骤|实施步骤|步骤安排|时间安排|进度安排|工作步骤|时间步骤|阶段安排|实施阶段|工作安排"
)
_SEPARATORS = ("至", "—", "－", "-", "～", "~", "到")
_PARTS = {
    "上旬": Part.EARLY,
    "中旬": Part.MID,
    "下旬": Part.LATE,
    "底": Part.END,
    "末": Part.END,
    "初": Part.EARLY,
}
_SINGLE = re.compile(
    r"^(?:(?P<y>\d{4})年)?(?P<m>\d{1,2})月(?:份)?(?:(?P<d>\d{1,2})日|(?P<p>上中旬|中下旬|上旬|中旬|下旬|底|末|初))?$"
)


@dataclass
class TablePhase:
    name: str
    start: PlanDate
    end: PlanDate
    tasks: list[dict[str, Any]] = field(default_factory=list)


def single(text: str, year: int) -> PlanDate | None:
    match = _SINGLE.match(text)
    if match is None:
        return None
    when_year = int(match["y"]) if match["y"] else year
    try:
        if match["d"]:
            return PlanDate(when_year, int(match["m"]), Part.DAY, int(match["d"]))
        part = match["p"]
        parts = {**_PARTS, "上中旬": Part.EARLY_MID, "中下旬": Part.MID_LATE}
        return PlanDate(when_year, int(match["m"]), parts[part] if part else Part.MONTH)
    except (ValueError, DateRangeError):
        return None


def span(text: str, year: int) -> tuple[PlanDate, PlanDate, str] | None:
    """`9月下旬至11月中旬` (the whole text) → start, end and the separator; or one date."""
    for found in date_ranges(text, year):
        if found.offset == 0 and found.length == len(text):
            separator = next((s for s in _SEPARATORS if s in text), "至")
            return found.start, found.end, separator
    one = single(text, year)
    if one is not None:
        return one, one, "至"
    return None


def dated_heading(heading: str, year: int) -> dict[str, Any] | None:
    match = _DATED.match(heading)
    if match is None:
        return None
    found = span(match["when"], year)
    if found is None:
        return None
    start, end, separator = found
    brackets = match["left"] + match["right"]
    phase: dict[str, Any] = {
        "name": match["name"],
        "start": start,
        "end": end,
        "separator": separator,
        "brackets": brackets,
    }
    # Kept only when the heading writes back as it stands.
    left, right = match["left"], match["right"]
    if (
        brackets not in ("（）", "()")
        or f"{match['name']}{left}{chinese_range(start, end, year, separator)}{right}" != heading
    ):
        phase["exact"] = False
    return phase


def from_table(rows: list[list[str]], year: int) -> list[TablePhase]:
    """The rows of a 总体日程安排 (环节, 时间, 主要任务, 牵头, 配合) as phases and their tasks."""
    if len(rows) < 2:
        return []
    header = rows[0]

    def column(*names: str) -> int | None:
        for index, cell in enumerate(header):
            if any(name in cell for name in names):
                return index
        return None

    phase_col, when_col = column("环节", "阶段"), column("时间", "时限")
    task_col, lead_col, support_col = column("任务", "内容"), column("牵头", "责任"), column("配合", "协办")
    if phase_col is None or when_col is None:
        return []
    phases: list[TablePhase] = []
    for row in rows[1:]:
        if len(row) < len(header):
            continue
        name, when = row[phase_col], row[when_col]
        if not phases or phases[-1].name != name:
            found = span(when, year)
            if found is None:
                continue
            phases.append(TablePhase(name, found[0], found[1]))
        task = row[task_col] if task_col is not None else ""
        if not task:
            continue
        entry: dict[str, Any] = {"title": task}
        due = re.match(r"^(?P<title>.+)（(?P<due>[^（）]+)前）$", task)
        if due is not None:
            when_due = single(due["due"], year)
            if when_due is not None:
                entry = {"title": due["title"], "due": when_due}
        if lead_col is not None and row[lead_col]:
            entry["lead"] = row[lead_col]
        if support_col is not None and row[support_col]:
            entry["supporters"] = [s for s in row[support_col].split("、") if s]
        phases[-1].tasks.append(entry)
    return phases


def _xun(day: PlanDate, last: bool) -> tuple[int, int, int]:
    when = day.last if last else day.first
    return when.year, when.month, 0 if when.day <= 10 else 1 if when.day <= 20 else 2


def divide(start: PlanDate, end: PlanDate, count: int) -> list[tuple[PlanDate, PlanDate]] | None:
    """A range cut into `count` consecutive parts of whole 旬 (or months), the longer ones first."""
    by_month = start.part is Part.MONTH and end.part is Part.MONTH
    units: list[tuple[int, int, int]] = []
    year, month, xun = _xun(start, False)
    stop = _xun(end, True)
    if by_month:
        stop = (stop[0], stop[1], 0)
        xun = 0
    while (year, month, xun) <= stop and len(units) < 400:
        units.append((year, month, xun))
        if by_month or xun == 2:
            year, month, xun = (year + 1, 1, 0) if month == 12 else (year, month + 1, 0)
        else:
            xun += 1
    if len(units) < count or count < 2:
        return None
    size, extra = divmod(len(units), count)
    parts: list[tuple[PlanDate, PlanDate]] = []
    at = 0
    xun_parts = (Part.EARLY, Part.MID, Part.LATE)
    for index in range(count):
        length = size + (1 if index < extra else 0)
        first, last = units[at], units[at + length - 1]
        at += length
        if by_month:
            parts.append((PlanDate(first[0], first[1], Part.MONTH), PlanDate(last[0], last[1], Part.MONTH)))
        else:
            parts.append(
                (
                    PlanDate(first[0], first[1], xun_parts[first[2]]),
                    PlanDate(last[0], last[1], xun_parts[last[2]]),
                )
            )
    parts[0] = (start, parts[0][1])
    parts[-1] = (parts[-1][0], end)
    return parts


def _text_of(blocks: list[Any]) -> str:
    return "".join(block for block in blocks if isinstance(block, str))


def _leading_range(section: Sec, year: int) -> tuple[PlanDate, PlanDate] | None:
    """A range at the very start of the phase's text: `从5月下旬开始，至7月上旬……`."""
    first = next((block for block in section.content if isinstance(block, str)), None)
    if first is None:
        return None
    for found in date_ranges(first, year):
        if found.offset <= 2:
            return found.start, found.end
    return None


def container(section: Sec) -> bool:
    """Whether a section's subsections are the campaign's phases."""
    children = section.sections
    if len(children) < 2:
        return False
    counted = [found.count for found in phase_counts(_text_of(section.content) + section.heading)]
    if counted:
        return counted[0] == len(children)
    named = sum(1 for child in children if child.heading.rstrip("。").endswith(("阶段", "环节")))
    return (bool(_STEPS.search(section.heading)) and named * 2 >= len(children)) or named == len(children)


def find(body: list[Sec], year: int, by_name: dict[str, TablePhase]) -> list[str]:
    """Mark the sections that are phases (their `phase`), return notes for the secretary.

    The table's phases that the text describes are taken out of `by_name`.
    """
    notes: list[str] = []

    def visit(sections: list[Sec]) -> bool:
        for section in sections:
            dated = [dated_heading(child.heading, year) for child in section.sections]
            if any(dated):
                for child, phase in zip(section.sections, dated, strict=True):
                    if phase is not None:
                        child.phase = phase
                        _attach(child, by_name)
                return True
            if container(section):
                _undated(section, year, by_name, notes)
                if any(child.phase for child in section.sections):
                    return True
            if visit(section.sections):
                return True
        return False

    visit(body)
    return notes


def _attach(child: Sec, by_name: dict[str, TablePhase]) -> None:
    assert child.phase is not None
    match = by_name.pop(child.phase["name"], None)
    if match is not None:
        child.phase["tasks"] = match.tasks


def _undated(section: Sec, year: int, by_name: dict[str, TablePhase], notes: list[str]) -> None:
    children = section.sections
    names = [child.heading for child in children]
    ranges: list[tuple[PlanDate, PlanDate] | None] = []
    for child in children:
        table = by_name.get(child.heading)
        if table is not None:
            ranges.append((table.start, table.end))
        else:
            ranges.append(_leading_range(child, year))
    guessed = False
    if not all(ranges):
        overall = next(iter(date_ranges(_text_of(section.content), year)), None)
        divided = divide(overall.start, overall.end, len(children)) if overall else None
        if divided is None:
            notes.append(f"“{section.heading}”下的{len(children)}个环节没有写明时间，未作为环节导入")
            return
        ranges = list(divided)
        guessed = True
    for child, name, dates in zip(children, names, ranges, strict=True):
        assert dates is not None
        child.phase = {"name": name, "start": dates[0], "end": dates[1], "shown": False}
        if guessed:
            child.phase["guess"] = "推测：原文只写了总体时间，各环节起止按旬平均拟定，请核对"
        _attach(child, by_name)
