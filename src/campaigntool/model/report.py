"""The hand-written parts of a progress report or final summary; its figures come from the data."""

from __future__ import annotations

from typing import Literal

from pydantic import ConfigDict, Field

from campaigntool.model.base import StrictModel
from campaigntool.model.text import Block


class Report(StrictModel):
    """进展情况报告 / 总结报告: what the office writes itself around the computed figures."""

    model_config = ConfigDict(title="进展报告（report）")

    kind: Literal["progress", "summary"] | None = Field(
        None,
        title="报告种类",
        description="progress 进展情况报告，summary 总结报告；缺省按检查日是否在活动结束之后",
    )
    title: str | None = Field(
        None, title="报告标题", description="缺省为 发文机关关于××进展情况的报告（或总结报告）"
    )
    recipients: list[str] = Field(
        default_factory=list, title="主送机关", description="上级机关，如 市委组织部"
    )
    preamble: list[Block] = Field(
        default_factory=list, title="开头", description="缺省为“现将××进展情况报告如下。”"
    )
    achievements: list[Block] = Field(
        default_factory=list, title="主要做法和成效", description="写在统计数字之后"
    )
    problems: list[Block] = Field(default_factory=list, title="存在的问题")
    next_steps: list[Block] = Field(default_factory=list, title="下一步工作打算")
    signature: str | None = Field(None, title="署名", description="缺省同发文机关")
