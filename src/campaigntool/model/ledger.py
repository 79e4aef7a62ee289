"""The rectification ledger (整改台账): numbered items with problem, measures, target and state."""

from __future__ import annotations

from typing import Literal

from pydantic import ConfigDict, Field

from campaigntool.model.base import DateField, DeadlineField, StrictModel
from campaigntool.model.progress import ProgressEntry

#: The words real ledgers use in their 完成情况 column.
State = Literal["已完成", "正在推进", "长期坚持", "需调整完善"]
STATES: tuple[State, ...] = ("已完成", "正在推进", "长期坚持", "需调整完善")


class RectificationItem(StrictModel):
    """整改任务: one row of the ledger."""

    model_config = ConfigDict(title="整改任务（rectification 中的每一项）")

    number: int | None = Field(None, title="序号", description="缺省按顺序编号", ge=1)
    id: str | None = Field(
        None, title="编号", description="稳定的英文编号，供督办清单引用", pattern=r"^[A-Za-z0-9_.-]+$"
    )
    problem: str = Field(title="问题", description="查摆出的问题，如 联系服务职工不够经常")
    measures: list[str] = Field(default_factory=list, title="整改措施")
    target: str | None = Field(None, title="整改目标")
    leader: str | None = Field(None, title="责任领导", description="people 中的姓名")
    lead: list[str] = Field(
        default_factory=list,
        title="牵头单位",
        description="可以有多个；不写时责任单位即为牵头单位",
        examples=[["办公室", "组织部"]],
    )
    responsible: list[str] = Field(
        default_factory=list, title="责任单位", description="主办单位；无牵头单位的，责任单位即为牵头单位"
    )
    supporters: list[str] = Field(default_factory=list, title="配合单位", description="协办单位")
    start: DateField | None = Field(None, title="开始", description="缺省为活动开始")
    due: DeadlineField | None = Field(
        None,
        title="完成时限",
        description="日期（8月底前）、年底前、立行立改、长期坚持或每月28日前；缺省为活动结束",
    )
    state: State = Field("正在推进", title="完成情况", description="已完成、正在推进、长期坚持、需调整完善")
    done: DateField | None = Field(None, title="完成日期")
    closed: DateField | None = Field(None, title="销号日期", description="公示期满、经审核销号的日期")
    evidence: list[str] = Field(default_factory=list, title="佐证材料", description="销号的依据")
    progress: list[ProgressEntry] = Field(default_factory=list, title="进展")
    note: str | None = Field(None, title="备注")
