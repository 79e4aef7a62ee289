"""Timelines of one plan: bars in the terminal, or a Mermaid gantt for Markdown."""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from campaigntool.i18n import Lang, Text
from campaigntool.plan import LoadedPlan, TaskView
from campaigntool.workdays import WorkCalendar


def span_of(source: LoadedPlan) -> tuple[date, date] | None:
    """The days the plan covers: its period, else its phases."""
    span = source.span
    if span is None:
        return None
    ends = (span[0].first, span[1].last)
    return min(ends), max(ends)  # a period ending before it starts (S001) is still drawn


# ---------------------------------------------------------------- terminal


@dataclass(frozen=True)
class Row:
    label: str
    start: date
    end: date
    mark: str
    style: str
    is_phase: bool


_MARKS = {"done": ("●", "green"), "cancelled": ("-", "dim"), "open": ("○", "cyan"), "late": ("✗", "bold red")}


def terminal_lines(source: LoadedPlan, as_of: date, width: int, lang: Lang) -> list[str]:
    """The chart as rich-markup lines, `width` terminal cells wide."""
    from rich.cells import cell_len
    from rich.markup import escape

    bounds = span_of(source)
    if bounds is None:
        return [Text("方案没有环节，无从画出时间线。", "The plan has no phases to draw.")(lang)]
    first, last = bounds
    rows = _rows(source, as_of)
    label_width = min(max(cell_len(r.label) for r in rows), 28)
    bar_width = max(width - label_width - 2, 10)
    days = (last - first).days + 1
    per_column = max(math.ceil(days / bar_width), 1)
    columns = math.ceil(days / per_column)

    def column(day: date) -> int:
        return min(max((day - first).days // per_column, 0), columns - 1)

    now = column(as_of) if first <= as_of <= last else None
    lines = [" " * (label_width + 2) + _axis(first, last, columns, column)]
    for row in rows:
        cells = [" "] * columns
        if now is not None:
            cells[now] = "[magenta]|[/]"
        start, end = column(row.start), column(row.end)
        for c in range(start, end + 1):
            cells[c] = f"[{row.style}]█[/]" if row.is_phase else "[dim]─[/]"
        if not row.is_phase:
            cells[end] = f"[{row.style}]{row.mark}[/]"
        label = _fit(row.label, label_width)
        pad = " " * (label_width - cell_len(label))
        label = f"[bold]{escape(label)}[/]" if row.is_phase else escape(label)
        lines.append(f"{label}{pad}  {''.join(cells)}")
    day = f"{as_of.month}月{as_of.day}日" if lang == "zh" else as_of.isoformat()
    legend = Text(
        f"[magenta]|[/] {day}   [green]●[/] 已完成   [cyan]○[/] 未完成   [bold red]✗[/] 逾期   每格 {per_column} 天",
        f"[magenta]|[/] {day}   [green]●[/] done   [cyan]○[/] open   [bold red]✗[/] overdue   {per_column} days per cell",
    )
    lines.append("")
    lines.append(legend(lang))
    return lines


def _rows(source: LoadedPlan, as_of: date) -> list[Row]:
    rows: list[Row] = []
    for phase in source.phases:
        rows.append(Row(phase.name, phase.start.first, phase.end.last, "", "blue", True))
        for ref in phase.tasks:
            start, due = ref.start, ref.due
            if start is None or due is None:
                continue
            rows.append(Row("  " + ref.title, start.first, due.last, *_mark(ref, as_of), False))
    return rows


def _mark(ref: TaskView, as_of: date) -> tuple[str, str]:
    status = ref.status
    if status in ("done", "cancelled"):
        return _MARKS[status]
    return _MARKS["late"] if ref.is_overdue(as_of) else _MARKS["open"]


def _axis(first: date, last: date, columns: int, column: Callable[[date], int]) -> str:
    """Month labels at the column of each month's first day."""
    axis = [" "] * columns
    month = date(first.year, first.month, 1)
    while month <= last:
        label = (
            f"{month.month}月"
            if month.month != 1 or month == date(first.year, first.month, 1)
            else f"{month.year}"
        )
        at = column(max(month, first))
        for offset, ch in enumerate(label):
            if at + offset < columns:
                axis[at + offset] = ch
        month = date(month.year + month.month // 12, month.month % 12 + 1, 1)
    # A Chinese character takes two cells: drop the cell after each one.
    text, skip = "", False
    for ch in axis:
        if skip and ch == " ":
            skip = False
            continue
        skip = ord(ch) > 0x2E80
        text += ch
    return text


def _fit(text: str, width: int) -> str:
    """Shortened to `width` cells with an ellipsis; reads at most `width + 1` characters."""
    from rich.cells import cell_len, get_character_cell_size

    head = text[: width + 1]
    if len(head) == len(text) and cell_len(text) <= width:
        return text
    used, end = 0, 0
    for ch in head:
        size = get_character_cell_size(ch)
        if used + size > width - 1:
            break
        used, end = used + size, end + 1
    return text[:end] + "…"


# ----------------------------------------------------------------- mermaid

#: Plan text is only ever data in a chart: Mermaid's own syntax (`:` `;` `#`
#: `%%`), HTML (`<script>`) and template braces (`{{ 7*7 }}`, which site
#: generators evaluate) become their full-width forms; line breaks become
#: spaces and other control characters are dropped.
_UNSAFE = str.maketrans(
    {
        **{chr(c): None for c in [*range(32), 127]},
        **dict.fromkeys("\t\n\r\x85\u2028\u2029", " "),
        **{ch: chr(ord(ch) + 0xFEE0) for ch in ':;#<>{}&%`"\\[]'},
    }
)


def mermaid(source: LoadedPlan, as_of: date, calendar: WorkCalendar) -> str:
    """A Mermaid gantt chart: one section per phase, milestones, non-working days excluded."""
    plan = source.plan
    lines = [
        "gantt",
        f"    title {plan.title.translate(_UNSAFE)}",
        "    dateFormat YYYY-MM-DD",
        "    axisFormat %m-%d",
    ]
    bounds = span_of(source)
    if bounds is not None:
        closed, opened = _calendar_days(bounds[0], bounds[1], calendar)
        lines.append("    excludes weekends")
        if closed:
            lines.append("    excludes " + ", ".join(d.isoformat() for d in closed))
        if opened:
            lines.append("    includes " + ", ".join(d.isoformat() for d in opened))
    used: dict[str, int] = {}
    for phase in source.phases:
        lines.append(f"    section {phase.name.translate(_UNSAFE)}")
        for ref in phase.tasks:
            start, due = ref.start, ref.due
            if start is None or due is None:
                continue
            ident = _identifier(ref.key, used)
            tags = _tags(ref, as_of)
            name = ref.title.translate(_UNSAFE)
            if due.day is not None and ref.facts.start is None:
                lines.append(f"    {name} :milestone, {tags}{ident}, {due.last.isoformat()}, 0d")
            else:
                end = due.last + timedelta(days=1)  # Mermaid's end is exclusive
                lines.append(f"    {name} :{tags}{ident}, {start.first.isoformat()}, {end.isoformat()}")
    return "\n".join(lines) + "\n"


def _tags(ref: TaskView, as_of: date) -> str:
    status = ref.status
    if status == "done":
        return "done, "
    if ref.is_overdue(as_of):
        return "crit, "
    if status == "in_progress":
        return "active, "
    return ""


def _identifier(key: str, used: dict[str, int]) -> str:
    """A unique Mermaid id; `used` counts each base so that many alike cost no search."""
    base = "t_" + re.sub(r"[^A-Za-z0-9_]", "_", key)
    ident = base
    while ident in used:
        used[base] = used.get(base, 1) + 1
        ident = f"{base}_{used[base]}"
    used[ident] = 1
    return ident


def _calendar_days(first: date, last: date, calendar: WorkCalendar) -> tuple[list[date], list[date]]:
    """Weekday holidays to exclude and weekend makeup days to include."""
    return calendar.exceptions(first, last)
