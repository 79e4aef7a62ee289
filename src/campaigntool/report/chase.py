"""The 督办 list: what is overdue, one section per responsible unit, as Word or Excel.

People roll up to their unit, and a task with several lead units appears
under each, as the office sends each unit its own list. A plan column appears
when the rows come from several plans.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from campaigntool.report.overdue import title
from campaigntool.track import DueRow, group_rows

if TYPE_CHECKING:
    from campaigntool.app.track import OverdueResult


def _day(result: OverdueResult) -> str:
    day = result.as_of
    return f"{day.year}年{day.month}月{day.day}日"


def _several(rows: list[DueRow]) -> bool:
    return len({row.ref.plan.path for row in rows}) > 1


def _header(several: bool) -> list[str]:
    return ["序号", *(["方案"] if several else []), "任务", "牵头", "配合", "时限", "逾期天数"]


def _row(number: int, row: DueRow, several: bool) -> list[str]:
    ref = row.ref
    plan = ref.plan.plan
    return [
        str(number),
        *([plan.short_name or plan.title] if several else []),
        title(ref),
        ref.lead,
        "、".join(ref.supporters),
        row.due.chinese(ref.plan.year),
        str(row.days),
    ]


def sections(result: OverdueResult) -> list[tuple[str, list[list[str]]]]:
    """(unit, rows) per unit, the unit with the most overdue first."""
    several = _several(result.overdue)
    return [
        (unit, [_row(i, row, several) for i, row in enumerate(rows, start=1)])
        for unit, rows in group_rows(result.overdue, "unit")
    ]


def docx(result: OverdueResult) -> bytes:
    from campaigntool.render.helpers import chinese_numeral
    from campaigntool.report.word_table import TableDocument, TableSection, docx_table_bytes

    several = _several(result.overdue)
    parts = [
        TableSection(f"{chinese_numeral(i)}、{unit}（{len(rows)}项）", _header(several), rows)
        for i, (unit, rows) in enumerate(sections(result), start=1)
    ]
    closing = [] if parts else ["截至检查日，没有逾期未完成的任务。"]
    document = TableDocument("逾期任务督办清单", parts, subtitle=f"（截至{_day(result)}）", closing=closing)
    return docx_table_bytes(document)


def xlsx(result: OverdueResult) -> bytes:
    from campaigntool.report.workbook import Sheet, workbook_bytes

    several = _several(result.overdue)
    day = _day(result)
    summary = Sheet(
        "汇总",
        f"逾期任务督办清单（截至{day}）",
        ["序号", "单位", "逾期项数", "最长逾期天数"],
        [
            [i, unit, len(rows), max(int(r[-1]) for r in rows)]
            for i, (unit, rows) in enumerate(sections(result), start=1)
        ],
    )
    sheets = [summary]
    for unit, rows in sections(result):
        sheets.append(Sheet(unit, f"{unit}逾期任务（截至{day}）", _header(several), rows))
    return workbook_bytes(sheets)
