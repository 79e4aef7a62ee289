"""The rectification ledger (整改台账) as rows: one per item, the columns offices use.

The same rows feed the Excel workbook, the CSV file and the landscape Word
table; dates are written the Chinese way, with the plan's year left out.
"""

from __future__ import annotations

from campaigntool.deadlines import deadline_phrase
from campaigntool.model import STATES
from campaigntool.plan import ItemView, LoadedPlan
from campaigntool.render.helpers import chinese_date

HEADER = [
    "序号",
    "问题",
    "整改措施",
    "整改目标",
    "责任领导",
    "牵头单位",
    "责任单位",
    "配合单位",
    "完成时限",
    "完成情况",
    "销号日期",
    "佐证材料",
]
#: The column that takes only the state words.
STATE_COLUMN = HEADER.index("完成情况")


def header(several: bool) -> list[str]:
    return ["方案", *HEADER] if several else list(HEADER)


def state_column(several: bool) -> int:
    return STATE_COLUMN + (1 if several else 0)


def row(view: ItemView, several: bool = False) -> list[str]:
    item, year = view.item, view.plan.year
    measures = item.measures
    numbered = [f"{i}.{m}" for i, m in enumerate(measures, start=1)] if len(measures) > 1 else measures
    due = deadline_phrase(item.due, year) if item.due is not None else ""
    plan = view.plan.plan
    cells = [
        str(view.number),
        item.problem,
        "\n".join(numbered),
        item.target or "",
        item.leader or "",
        "、".join(item.lead or item.responsible),
        "、".join(item.responsible),
        "、".join(item.supporters),
        due or ("长期坚持" if item.state == "长期坚持" else ""),
        item.state,
        chinese_date(item.closed) if item.closed else "",
        "、".join(item.evidence),
    ]
    return [plan.short_name or plan.title, *cells] if several else cells


def rows(plans: list[LoadedPlan]) -> list[list[str]]:
    several = len(plans) > 1
    return [row(view, several) for loaded in plans for view in loaded.items]


def title(plans: list[LoadedPlan]) -> str:
    if len(plans) == 1:
        plan = plans[0].plan
        return f"{plan.short_name or plan.title}整改任务台账"
    return "整改任务台账"


__all__ = ["HEADER", "STATES", "header", "row", "rows", "state_column", "title"]
