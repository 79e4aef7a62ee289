"""`campaign overdue` output: a rich table per group, or the same rows as JSON or CSV.

JSON and CSV hold identical rows (fields documented in docs/tracking.md):
group, plan, path, phase, task_id, task, lead, supporters, due, due_date,
days, workdays, status.
"""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from typing import TYPE_CHECKING, Any, TextIO

from campaigntool.i18n import Lang, Text
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
        "task": ref.title,
        "lead": ref.lead,
        "supporters": list(ref.facts.supporters),
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
        "diagnostics": diagnostics(result.findings, lang),
    }
    json.dump(document, out, ensure_ascii=False, indent=2)
    out.write("\n")


def write_csv(overdue: list[DueRow], soon: list[DueRow], out: TextIO) -> None:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=FIELDS, lineterminator="\n")
    writer.writeheader()
    for row in rows(overdue, soon):
        writer.writerow(
            {
                **row,
                "supporters": "、".join(row["supporters"]),
                "workdays": "" if row["workdays"] is None else row["workdays"],
            }
        )
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
}


def write_table(
    overdue: list[DueRow], soon: list[DueRow], as_of: date, within: int, by: str, lang: Lang, out: TextIO
) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console(file=out, highlight=False, emoji=False)
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
    for name, group in group_rows(overdue, by):
        table = Table(title=_group_title(name, len(group), by, lang), title_justify="left", show_lines=False)
        table.add_column(_HEAD["days"](lang), justify="right", style="bold red")
        if workdays:
            table.add_column(_HEAD["workdays"](lang), justify="right")
        for key in ("task", "phase", "lead", "supporters", "due"):
            table.add_column(_HEAD[key](lang))
        for row in group:
            cells = [str(row.days)] + ([str(row.workdays)] if workdays else [])
            table.add_row(*cells, *_cells(row, lang))
        console.print(table)
    if within > 0:
        console.print()
        console.print(
            Text(
                f"[bold]即将到期[/]（{within} 天内）：共 {len(soon)} 项",
                f"[bold]Due soon[/] (within {within} days): {len(soon)}",
            )(lang)
        )
        for name, group in group_rows(soon, by):
            table = Table(title=_group_title(name, len(group), by, lang), title_justify="left")
            table.add_column(_HEAD["left"](lang), justify="right", style="bold yellow")
            for key in ("task", "phase", "lead", "supporters", "due"):
                table.add_column(_HEAD[key](lang))
            for row in group:
                table.add_row(str(row.days), *_cells(row, lang))
            console.print(table)


def _group_title(name: str, count: int, by: str, lang: Lang) -> str:
    if by == "none":
        return ""
    return Text(f"{name}：{count} 项", f"{name}: {count}")(lang)


def _cells(row: DueRow, lang: Lang) -> list[str]:
    ref = row.ref
    due = row.due.chinese(ref.plan.year) if lang == "zh" else str(row.due)
    phase = ref.phase.name if ref.phase is not None else ""
    return [ref.title, phase, ref.lead, "、".join(ref.facts.supporters), due]
