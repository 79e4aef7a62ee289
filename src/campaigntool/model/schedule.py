"""When things happen: the campaign period, its phases (环节) and their tasks.

A task's facts (who leads, by when, how far it is) can stand on a tracking-only
task, on a paragraph of the text, or on a section of the text: `TaskFacts`
holds them once for all three.
"""

from __future__ import annotations

from typing import Literal

from pydantic import ConfigDict, Field

from campaigntool.model.base import DateField, DeadlineField, StrictModel
from campaigntool.model.progress import ProgressEntry

Status = Literal["not_started", "in_progress", "done", "cancelled"]

#: The keys that make a section of the text a tracked task.
TASK_KEYS = frozenset(
    {"lead", "leader", "supporters", "start", "due", "status", "done", "deliverables", "progress"}
)


class Period(StrictModel):
    """活动期间: from the first day of `start` to the last day of `end`."""

    model_config = ConfigDict(title="活动期间（period）")

    start: DateField = Field(title="开始")
    end: DateField = Field(title="结束")


class _TaskId(StrictModel):
    id: str | None = Field(
        None, title="编号", description="稳定的英文编号，供日历等引用", pattern=r"^[A-Za-z0-9_.-]+$"
    )


class _Responsibility(StrictModel):
    lead: str | list[str] | None = Field(
        None,
        title="牵头",
        description="牵头单位或责任人（units 或 people 中的名称）；几个单位共同牵头时写成列表",
        examples=["办公室", ["办公室", "组织部"]],
    )
    leader: str | None = Field(None, title="主体责任领导", description="people 中的姓名")
    supporters: list[str] = Field(
        default_factory=list, title="配合", description="配合单位或个人", examples=[["机关党委", "财务部"]]
    )
    start: DateField | None = Field(None, title="开始", description="缺省为所在环节的开始")
    due: DeadlineField | None = Field(
        None,
        title="时限",
        description="完成时限；旬、月按最后一天计；也可写 8月底前、年底前、立行立改、长期坚持、每月28日前；"
        "缺省为所在环节的结束",
    )
    status: Status = Field(
        "not_started",
        title="状态",
        description="not_started 未开始、in_progress 进行中、done 已完成、cancelled 已取消",
    )
    done: DateField | None = Field(None, title="完成日期")
    deliverables: list[str] = Field(
        default_factory=list, title="成果", description="如 对照检查材料、专题报告、总结报告"
    )
    note: str | None = Field(None, title="备注")
    progress: list[ProgressEntry] = Field(
        default_factory=list, title="进展", description="带日期的进展记录，可带数量和佐证材料"
    )


class TaskFacts(_Responsibility, _TaskId):
    """任务的责任、时限和进度：牵头、配合、时限、状态。"""

    @property
    def is_task(self) -> bool:
        """Whether the element carries a task's facts (always true for a task of its own)."""
        return bool(TASK_KEYS & self.model_fields_set)


class _TaskTitle(StrictModel):
    title: str = Field(title="任务")


class _TaskDetail(StrictModel):
    detail: str | None = Field(None, title="具体内容")
    goal: str | None = Field(None, title="目标", description="整改任务的目标")
    measures: list[str] = Field(default_factory=list, title="措施", description="整改任务的措施")


class Task(_TaskDetail, TaskFacts, _TaskTitle, _TaskId):
    """A task with no text of its own in the document (tracked only)."""

    model_config = ConfigDict(title="任务（tasks 中的每一项）")

    @property
    def is_task(self) -> bool:
        return True


class Phase(StrictModel):
    """环节 / 阶段 not described in the text: only its dates and its tasks are tracked."""

    model_config = ConfigDict(title="环节（phases 中的每一项，正文不写环节时用）")

    id: str | None = Field(None, title="编号", pattern=r"^[A-Za-z0-9_.-]+$")
    name: str = Field(title="名称", description="如 学习教育、听取意见")
    start: DateField = Field(title="开始")
    end: DateField = Field(title="结束")
    tasks: list[Task] = Field(default_factory=list, title="任务")
