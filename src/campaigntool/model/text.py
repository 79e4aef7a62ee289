"""The prose of a document: sections, phases, paragraphs and 一是…二是… enumerations.

The text is one tree. A section may be a phase of the campaign (`phase:`
instead of `heading:`), with its dates; a section, a paragraph or an item of
an enumeration may carry a task's facts (`lead`, `due`, `status` …) and is
then both text of the document and a tracked task.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import ConfigDict, Discriminator, Field, Tag

from campaigntool.model.base import DateField, StrictModel
from campaigntool.model.schedule import Task, TaskFacts


class _ParagraphText(StrictModel):
    text: str = Field(title="段落", description="这一段的全文")
    title: str | None = Field(
        None, title="任务名称", description="日程表和督办中的名称；缺省取段首句号前的文字"
    )


class TaskParagraph(TaskFacts, _ParagraphText):
    """A paragraph (or an enumeration item) that states a task: its text and its facts."""

    model_config = ConfigDict(title="带任务的段落（text 加 lead、due 等）")

    @property
    def is_task(self) -> bool:
        return True


def _item_kind(value: Any) -> str | None:
    if isinstance(value, str):
        return "text"
    if isinstance(value, dict | TaskParagraph):
        return "task"
    return None


Item = Annotated[
    Annotated[str, Tag("text")] | Annotated[TaskParagraph, Tag("task")],
    Discriminator(
        _item_kind,
        custom_error_type="item_type",
        custom_error_message="a piece of text, or text with a task's facts",
    ),
]
"""An item of an enumeration: text, or text with a task's facts."""


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
    items: list[Item] = Field(
        title="各项", description="各项内容，不写“一是”“二是”，由工具编号；一项可带 lead、due 等成为任务"
    )
    outro: str | None = Field(None, title="结语", description="列举后的收尾语")


class Use(StrictModel):
    """Inserts a structured part of the plan into the text: principles, objectives, the leading group."""

    model_config = ConfigDict(title="插入（use）")

    use: Literal["principles", "objectives", "leading_group"] = Field(
        title="引用",
        description="在此处插入 principles（基本原则）、objectives（目标任务）或 leading_group（领导小组）",
    )
    form: Literal["prose", "roster"] = Field(
        "prose",
        title="写法",
        description="领导小组的写法：prose 成段叙述（……任组长，……任副组长），roster 名单（组　长：……）",
    )
    intro: str | None = Field(None, title="引语", description="同一段中写在前面的文字")
    outro: str | None = Field(None, title="结语", description="同一段中写在后面的文字")


def _block_kind(value: Any) -> str | None:
    if isinstance(value, str):
        return "paragraph"
    if isinstance(value, dict):
        if "use" in value:
            return "use"
        return "task" if "text" in value else "enumeration"
    for kind, model in (("enumeration", Enumeration), ("use", Use), ("task", TaskParagraph)):
        if isinstance(value, model):
            return kind
    return None


Block = Annotated[
    Annotated[str, Tag("paragraph")]
    | Annotated[Enumeration, Tag("enumeration")]
    | Annotated[Use, Tag("use")]
    | Annotated[TaskParagraph, Tag("task")],
    Discriminator(
        _block_kind,
        custom_error_type="block_type",
        custom_error_message="a paragraph, a task paragraph, an enumeration or a use",
    ),
]
"""A paragraph (text), a task paragraph (has `text`), an enumeration (`items`) or an insertion (`use`)."""


class _SectionHead(StrictModel):
    heading: str = Field(title="标题", description="不含编号，编号由层级自动生成")
    title: str | None = Field(None, title="任务名称", description="带任务时在日程表中的名称；缺省同标题")


class _SectionLayout(StrictModel):
    number: str | None = Field(
        None,
        title="编号",
        description='缺省按全文的编号格式（style.numbering）；写 "" 则不编号，写其他文字则照写',
    )
    run_in: bool = Field(
        False,
        title="标题接正文",
        description="true 时标题后加“。”并与第一段连排，如“（一）指导思想。高举……”",
    )


class _SectionBody(StrictModel):
    content: list[Block] = Field(default_factory=list, title="正文", description="段落、列举或插入")
    sections: list[SectionOrPhase] = Field(default_factory=list, title="下级标题")
    closing: list[Block] = Field(default_factory=list, title="结尾段落", description="写在下级标题之后的段落")


class Section(_SectionBody, TaskFacts, _SectionLayout, _SectionHead):
    """A numbered section; its level (一、（一）1.（1）) comes from the nesting.

    With `lead`, `due`, `status` … it is also a tracked task.
    """

    model_config = ConfigDict(title="正文的一部分（body、sections 中的每一项）")


class _PhaseHead(StrictModel):
    phase: str = Field(title="环节名称", description="既是标题，也是环节的名称，如 学习教育、听取意见")
    id: str | None = Field(None, title="编号", pattern=r"^[A-Za-z0-9_.-]+$")
    start: DateField = Field(title="开始")
    end: DateField = Field(title="结束")
    dates: bool | None = Field(
        None, title="标题显示日期", description="标题后是否写起止时间；缺省按 style.phase_dates"
    )


class _PhaseBody(StrictModel):
    content: list[Block] = Field(default_factory=list, title="正文", description="段落、列举或插入")
    sections: list[Section] = Field(default_factory=list, title="下级标题")
    closing: list[Block] = Field(default_factory=list, title="结尾段落", description="写在下级标题之后的段落")
    tasks: list[Task] = Field(
        default_factory=list, title="其他任务", description="正文里没有单独成段、只需跟踪的任务"
    )


class PhaseSection(_PhaseBody, _SectionLayout, _PhaseHead):
    """A section that is a phase (环节) of the campaign: heading, dates, text and tasks in one place."""

    model_config = ConfigDict(title="环节（写在正文中）")


def _section_kind(value: Any) -> str | None:
    if isinstance(value, dict):
        return "phase" if "phase" in value else "section"
    if isinstance(value, PhaseSection):
        return "phase"
    if isinstance(value, Section):
        return "section"
    return None


SectionOrPhase = Annotated[
    Annotated[Section, Tag("section")] | Annotated[PhaseSection, Tag("phase")],
    Discriminator(
        _section_kind,
        custom_error_type="section_type",
        custom_error_message="a section (heading: …) or a phase (phase: …)",
    ),
]
"""A section of the text: an ordinary one (`heading:`) or a phase (`phase:`)."""


class Attachment(StrictModel):
    """附件: generated (the schedule) or written out."""

    model_config = ConfigDict(title="附件（attachments 中的每一项）")

    title: str = Field(title="附件名称")
    schedule: bool = Field(False, title="日程表", description="true 时由各环节和任务自动生成总体日程安排表")
    content: list[Block] = Field(default_factory=list, title="附件正文")
