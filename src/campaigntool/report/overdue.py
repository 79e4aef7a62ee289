"""`campaign overdue` output: a rich table per group, or the same rows as JSON or CSV.

JSON and CSV hold identical rows (fields documented in docs/tracking.md):
group, plan, path, phase, task_id, task, lead, supporters, due, due_date,
days, workdays, status. Under `--lang zh` the CSV's header is Chinese, for
the office that opens it in Excel. A ledger item's `task` is its problem,
prefixed with its number (`整改任务3：`).
"""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from typing import TYPE_CHECKING, Any, TextIO

from campaigntool.i18n import Lang, Text, days_en
from campaigntool.plan import Chased, ItemView
from campaigntool.report.json import diagnostics
from campaigntool.track import DueRow, group_rows

if TYPE_CHECKING:
    from campaigntool.app.track import OverdueResult

FIELDS = (
    "group",
    "plan",
    "path",
    "phase",
    "task_id",
    "task",
    "lead",
    "supporters",
    "due",
    "due_date",
    "days",
    "workdays",
    "status",
)


def rows(overdue: list[DueRow], soon: list[DueRow]) -> list[dict[str, Any]]:
    """Overdue rows first (most overdue first), then due-soon rows (soonest first)."""
    return [_row("overdue", r) for r in overdue] + [_row("due_soon", r) for r in soon]


def _row(group: str, row: DueRow) -> dict[str, Any]:
    ref = row.ref
    return {
        "group": group,
        "plan": ref.plan.key,
        "path": ref.plan.path,
        "phase": ref.phase.name if ref.phase is not None else None,
        "task_id": ref.key,
        "task": title(ref),
        "lead": ref.lead,
        "supporters": ref.supporters,
        "due": str(row.due),
        "due_date": row.due.last.isoformat(),
        "days": row.days,
        "workdays": row.workdays,
        "status": ref.status,
    }


def write_json(result: OverdueResult, lang: Lang, out: TextIO) -> None:
    """The rows, and the diagnostics of any file that could not be read (as `check --format json`)."""
    document = {
        "version": 1,
        "as_of": result.as_of.isoformat(),
        "within": result.within,
        "counts": {"overdue": len(result.overdue), "due_soon": len(result.due_soon)},
        "rows": rows(result.overdue, result.due_soon),
        "ongoing": [
            {"plan": ref.plan.key, "task_id": ref.key, "task": title(ref), "lead": ref.lead}
            for ref in result.ongoing
        ],
        "diagnostics": diagnostics(result.findings, lang),
    }
    json.dump(document, out, ensure_ascii=False, indent=2)
    out.write("\n")


def title(ref: Chased) -> str:
    """A task's title; a ledger item's problem after its number."""
    return f"整改任务{ref.number}：{ref.title}" if isinstance(ref, ItemView) else ref.title


#: The CSV header under --lang zh, field by field.
CHINESE_FIELDS = {
    "group": "类别",
    "plan": "方案",
    "path": "文件",
    "phase": "环节",
    "task_id": "编号",
    "task": "任务",
    "lead": "牵头",
    "supporters": "配合",
    "due": "时限",
    "due_date": "截止日期",
    "days": "天数",
    "workdays": "逾期工作日",
    "status": "状态",
}
_GROUP_ZH = {"overdue": "逾期", "due_soon": "即将到期"}
_STATUS_ZH = {"not_started": "未开始", "in_progress": "进行中", "done": "已完成", "cancelled": "已取消"}


def write_csv(overdue: list[DueRow], soon: list[DueRow], out: TextIO, lang: Lang = "en") -> None:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow([CHINESE_FIELDS[f] for f in FIELDS] if lang == "zh" else FIELDS)
    for row in rows(overdue, soon):
        values = {
            **row,
            "supporters": "、".join(row["supporters"]),
            "workdays": "" if row["workdays"] is None else row["workdays"],
        }
        if lang == "zh":
            values["group"] = _GROUP_ZH[row["group"]]
            values["status"] = _STATUS_ZH.get(row["status"], row["status"])
        writer.writerow([values[f] for f in FIELDS])
    out.write(buffer.getvalue())


_HEAD = {
    "days": Text("逾期天数", "days late"),
    "workdays": Text("逾期工作日", "workdays late"),
    "left": Text("剩余天数", "days left"),
    "task": Text("任务", "task"),
    "phase": Text("环节", "phase"),
    "lead": Text("牵头", "lead"),
    "supporters": Text("配合", "supporters"),
    "due": Text("时限", "due"),
    "plan": Text("方案", "plan"),
}


def write_table(
    overdue: list[DueRow],
    soon: list[DueRow],
    as_of: date,
    within: int,
    by: str,
    lang: Lang,
    out: TextIO,
    ongoing: list[Chased] | None = None,
    width: int | None = None,
) -> None:
    """Tables whose long task names wrap within the width (the terminal's, else 100 when piped)."""
    from rich.console import Console

    console = Console(file=out, highlight=False, emoji=False, width=width or _width(out))
    several = len({row.ref.plan.path for row in [*overdue, *soon]}) > 1 and by != "plan"
    day = f"{as_of.year}年{as_of.month}月{as_of.day}日" if lang == "zh" else as_of.isoformat()
    console.print(
        Text(
            f"[bold]逾期任务[/]（截至 {day}）：共 {len(overdue)} 项",
            f"[bold]Overdue[/] as of {day}: {len(overdue)}",
        )(lang)
    )
    if not overdue:
        console.print(Text("没有逾期任务。", "Nothing is overdue.")(lang))
    workdays = any(r.workdays is not None for r in overdue)
    if console.width < NARROW:
        _write_lines(console, overdue, soon, within, by, lang, several, ongoing or [])
        return
    for name, group in group_rows(overdue, by):
        table = _table(_group_title(name, len(group), by, lang), _HEAD["days"], "bold red", lang, several)
        if workdays:
            table.add_column(_HEAD["workdays"](lang), justify="right", no_wrap=True)
        _add_columns(table, lang, several)
        for row in group:
            cells = [str(row.days)] + ([str(row.workdays)] if workdays else [])
            table.add_row(*cells, *_cells(row, lang, several))
        console.print(table)
    if within > 0:
        console.print()
        console.print(_soon_heading(within, len(soon))(lang))
        for name, group in group_rows(soon, by):
            table = _table(
                _group_title(name, len(group), by, lang), _HEAD["left"], "bold yellow", lang, several
            )
            _add_columns(table, lang, several)
            for row in group:
                table.add_row(str(row.days), *_cells(row, lang, several))
            console.print(table)
    if ongoing:
        console.print()
        console.print(
            Text(
                f"[bold]长期坚持[/]（不计逾期，定期检查）：共 {len(ongoing)} 项",
                f"[bold]Ongoing[/] (never overdue; review periodically): {len(ongoing)}",
            )(lang)
        )
        table = _plain_table()
        for key in ("task", "lead"):
            table.add_column(_HEAD[key](lang), overflow="fold", ratio=2 if key == "task" else 1)
        for ref in ongoing:
            table.add_row(title(ref), ref.lead)
        console.print(table)


#: Below this many columns a table cannot show its seven columns; each row becomes a short paragraph.
NARROW = 90


def _write_lines(
    console: Any,
    overdue: list[DueRow],
    soon: list[DueRow],
    within: int,
    by: str,
    lang: Lang,
    several: bool,
    ongoing: list[Chased],
) -> None:
    """The same rows for a narrow terminal: the task on its own line, its facts wrapped under it."""
    from rich.text import Text as Rich

    def entry(row: DueRow, label: Text) -> None:
        plan, task, phase, lead, supporters, due = _cells(row, lang, True)
        head = Rich(label(lang) + Text("：", ": ")(lang), style="bold")
        head.append(task, style="")
        console.print(head)
        facts = [*([plan] if several else []), *([phase] if phase else [])]
        facts.append(Text(f"牵头：{lead}", f"lead: {lead}")(lang))
        if supporters:
            facts.append(Text(f"配合：{supporters}", f"supporters: {supporters}")(lang))
        facts.append(Text(f"时限：{due}", f"due: {due}")(lang))
        console.print(Rich("  " + " · ".join(facts)))

    for name, group in group_rows(overdue, by):
        if name:
            console.print(Rich(_group_title(name, len(group), by, lang), style="bold"))
        for row in group:
            entry(row, Text(f"逾期{row.days}天", f"{days_en(row.days)} late"))
    if within > 0:
        console.print()
        console.print(_soon_heading(within, len(soon))(lang))
        for name, group in group_rows(soon, by):
            if name:
                console.print(Rich(_group_title(name, len(group), by, lang), style="bold"))
            for row in group:
                entry(row, Text(f"剩余{row.days}天", f"{days_en(row.days)} left"))
    if ongoing:
        console.print()
        console.print(
            Text(f"[bold]长期坚持[/]：共 {len(ongoing)} 项", f"[bold]Ongoing[/]: {len(ongoing)}")(lang)
        )
        for ref in ongoing:
            console.print(Rich(f"{title(ref)}（{ref.lead}）"))


def _width(out: TextIO) -> int:
    """The terminal's width; a pipe or file gets 100 columns, wide enough for every column to show."""
    import os
    import shutil

    if hasattr(out, "isatty") and out.isatty():
        return shutil.get_terminal_size().columns
    columns = os.environ.get("COLUMNS", "")
    return int(columns) if columns.isdigit() else 100


def _plain_table(title: str = "") -> Any:
    from rich.table import Table

    return Table(title=title or None, title_justify="left", expand=True)


def _table(title: str, first: Text, style: str, lang: Lang, several: bool) -> Any:
    table = _plain_table(title)
    table.add_column(first(lang), justify="right", style=style, no_wrap=True)
    return table


def _add_columns(table: Any, lang: Lang, several: bool) -> None:
    """Long text folds onto further lines; short columns keep to one."""
    if several:
        table.add_column(_HEAD["plan"](lang), overflow="fold", ratio=1)
    table.add_column(_HEAD["task"](lang), overflow="fold", ratio=3, min_width=8)
    table.add_column(_HEAD["phase"](lang), overflow="fold", ratio=1)
    table.add_column(_HEAD["lead"](lang), overflow="fold", ratio=1)
    table.add_column(
        _HEAD["supporters"](lang), overflow="fold", ratio=1, min_width=len(_HEAD["supporters"].en)
    )
    table.add_column(_HEAD["due"](lang), no_wrap=True)


def _group_title(name: str, count: int, by: str, lang: Lang) -> str:
    if by == "none":
        return ""
    return Text(f"{name}：{count} 项", f"{name}: {count}")(lang)


def _cells(row: DueRow, lang: Lang, several: bool = False) -> list[str]:
    ref = row.ref
    due = row.due.chinese(ref.plan.year) if lang == "zh" else str(row.due)
    phase = ref.phase.name if ref.phase is not None else ""
    plan = ref.plan.plan
    cells = [plan.short_name or plan.title] if several else []
    return [*cells, title(ref), phase, ref.lead, "、".join(ref.supporters), due]


def _soon_heading(within: int, count: int) -> Text:
    return Text(
        f"[bold]即将到期[/]（{within} 天内）：共 {count} 项",
        f"[bold]Due soon[/] (within {within} days): {count}",
    )
