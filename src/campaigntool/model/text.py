"""The prose of a document: sections, paragraphs and 一是…二是… enumerations."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import ConfigDict, Discriminator, Field, Tag

from campaigntool.model.base import StrictModel


class Enumeration(StrictModel):
    """一是…；二是…；三是…。: items numbered in Chinese inside a paragraph."""

    model_config = ConfigDict(title="列举：一是……二是……")

    intro: str | None = Field(None, title="引语", description="列举前的引导语，如“主要采取两种方式进行：”")
    style: Literal["semicolon", "sentence", "paragraph"] = Field(
        "semicolon",
        title="连接方式",
        description="semicolon：用“；”连成一段，末尾“。”；sentence：每项自成句子，连成一段；"
        "paragraph：每项单独成段",
    )
    items: list[str] = Field(title="各项", description="各项内容，不写“一是”“二是”，由工具编号")
    outro: str | None = Field(None, title="结语", description="列举后的收尾语")


class Use(StrictModel):
    """Inserts a structured part of the plan (its principles or objectives) into the text."""

    model_config = ConfigDict(title="插入（use）")

    use: Literal["principles", "objectives"] = Field(
        title="引用", description="在此处插入方案的 principles（基本原则）或 objectives（目标任务）"
    )


def _block_kind(value: Any) -> str | None:
    if isinstance(value, str):
        return "paragraph"
    if isinstance(value, dict):
        return "use" if "use" in value else "enumeration"
    if isinstance(value, Enumeration):
        return "enumeration"
    if isinstance(value, Use):
        return "use"
    return None


Block = Annotated[
    Annotated[str, Tag("paragraph")]
    | Annotated[Enumeration, Tag("enumeration")]
    | Annotated[Use, Tag("use")],
    Discriminator(
        _block_kind,
        custom_error_type="block_type",
        custom_error_message="a paragraph, an enumeration or a use",
    ),
]
"""A paragraph (text), an enumeration (has `items`) or an insertion (has `use`)."""


class Section(StrictModel):
    """A numbered section; its level (一、（一）1.（1）) comes from the nesting."""

    model_config = ConfigDict(title="正文的一部分（body、sections 中的每一项）")

    heading: str = Field(title="标题", description="不含编号，编号由层级自动生成")
    number: str | None = Field(
        None,
        title="编号",
        description='缺省按层级自动编号（一、（一）1.（1））；写 "" 则不编号，写其他文字则照写',
    )
    run_in: bool = Field(
        False,
        title="标题接正文",
        description="true 时标题后加“。”并与第一段连排，如“（一）指导思想。高举……”",
    )
    content: list[Block] = Field(default_factory=list, title="正文", description="段落或列举")
    sections: list[Section] = Field(default_factory=list, title="下级标题")


class Attachment(StrictModel):
    """附件: generated (the schedule) or written out."""

    model_config = ConfigDict(title="附件（attachments 中的每一项）")

    title: str = Field(title="附件名称")
    schedule: bool = Field(False, title="日程表", description="true 时由各环节和任务自动生成总体日程安排表")
    content: list[Block] = Field(default_factory=list, title="附件正文")
