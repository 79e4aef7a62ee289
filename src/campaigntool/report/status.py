"""`campaign status` output: per phase and per unit, and the whole campaign on one line."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any, TextIO

from campaigntool.i18n import Lang, Text
from campaigntool.report.json import diagnostics
from campaigntool.track import Progress, Rollup, StatusReport

if TYPE_CHECKING:
    from campaigntool.app.track import StatusResult


def _data(progress: Progress) -> dict[str, Any]:
    return {
        "name": progress.name,
        "total": progress.total,
        "done": progress.done,
        "cancelled": progress.cancelled,
        "overdue": progress.overdue,
        "due_soon": progress.due_soon,
        "done_share": round(progress.done_share, 3),
        "elapsed": None if progress.elapsed is None else round(progress.elapsed, 3),
        "behind": progress.behind,
    }


def write_json(result: StatusResult, lang: Lang, out: TextIO) -> None:
    """Each plan's progress, and the diagnostics of any file that could not be read."""
    reports = result.reports
    document = {
        "version": 1,
        "as_of": result.as_of.isoformat(),
        "diagnostics": diagnostics(result.findings, lang),
        "plans": [
            {
                "path": path,
                "overall": _data(report.overall),
                "phases": [_data(p) for p in report.phases],
                "units": [_data(u) for u in report.units],
            }
            for path, report in reports
        ],
    }
    if result.rollup is not None:
        document["all"] = {
            "overall": _data(result.rollup.overall),
            "plans": [_data(p) for p in result.rollup.plans],
            "units": [_data(u) for u in result.rollup.units],
        }
    json.dump(document, out, ensure_ascii=False, indent=2)
    out.write("\n")


def overall_line(progress: Progress, lang: Lang) -> str:
    share = f"{progress.done_share:.0%}"
    elapsed = "" if progress.elapsed is None else f"{progress.elapsed:.0%}"
    zh = f"总体：完成 {progress.done}/{progress.counted}（{share}），逾期 {progress.overdue} 项，即将到期 {progress.due_soon} 项"
    en = f"Overall: {progress.done}/{progress.counted} done ({share}), {progress.overdue} overdue, {progress.due_soon} due soon"
    if elapsed:
        zh += f"；时间已过 {elapsed}"
        en += f"; {elapsed} of the time gone"
    if progress.behind:
        zh += "，进度落后"
        en += ", behind schedule"
    return Text(zh + "。", en + ".")(lang)


_COUNTS = (Text("完成", "done"), Text("逾期", "overdue"), Text("即将到期", "due soon"))
_PACE = (Text("时间进度", "time gone"), Text("完成进度", "work done"), Text("状态", "state"))


def _table(title: Text, first: Text, rows: list[Progress], lang: Lang, pace: bool) -> Any:
    """Done, overdue and due soon per row; with `pace`, time gone against work done too."""
    from rich.table import Table

    table = Table(title=title(lang), title_justify="left")
    for label in (first, *_COUNTS, *(_PACE if pace else ())):
        table.add_column(label(lang))
    for p in rows:
        cells = [p.name, f"{p.done}/{p.counted}", str(p.overdue), str(p.due_soon)]
        if pace:
            state = Text("[red]落后[/]", "[red]behind[/]") if p.behind else Text("正常", "on track")
            cells += [f"{p.elapsed or 0:.0%}", f"{p.done_share:.0%}", state(lang)]
        table.add_row(*cells)
    return table


def write_rollup(rollup: Rollup, lang: Lang, out: TextIO) -> None:
    """Across all the plans: one row per plan, one per unit (people under their unit), then a total."""
    from rich.console import Console

    console = Console(file=out, highlight=False, emoji=False)
    console.print(Text("[bold]全部方案[/]", "[bold]All plans[/]")(lang))
    console.print(_table(Text("按方案", "By plan"), Text("方案", "plan"), rollup.plans, lang, pace=True))
    console.print(_table(Text("按单位", "By unit"), Text("单位", "unit"), rollup.units, lang, pace=False))
    console.print(overall_line(rollup.overall, lang))


def write_table(reports: list[tuple[str, StatusReport]], lang: Lang, out: TextIO) -> None:
    from rich.console import Console

    console = Console(file=out, highlight=False, emoji=False)
    for path, report in reports:
        console.print(f"[bold]{report.overall.name}[/]  [dim]{path}[/]")
        console.print(
            _table(Text("按环节", "By phase"), Text("环节", "phase"), report.phases, lang, pace=True)
        )
        console.print(
            _table(Text("按牵头单位", "By lead unit"), Text("单位", "unit"), report.units, lang, pace=False)
        )
        console.print(overall_line(report.overall, lang))
        console.print()
