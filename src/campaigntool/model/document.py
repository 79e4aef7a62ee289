"""The official-document facts (GB/T 9704-2012) around the plan's text."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import AfterValidator, ConfigDict, Field
from pydantic_core import PydanticCustomError

from campaigntool.model.base import DateField, StrictModel
from campaigntool.model.text import Block


class Header(StrictModel):
    """版头: the elements above the red line; each is left out when not given."""

    model_config = ConfigDict(title="版头（header）")

    copy_number: str | None = Field(None, title="份号", description="6 位阿拉伯数字，如 000001")
    secrecy: str | None = Field(None, title="密级和保密期限", description="如 秘密★1年")
    urgency: Literal["特急", "加急"] | None = Field(None, title="紧急程度")
    issuer_mark: str | None = Field(None, title="发文机关标志", description="如 辽宁省总工会文件")
    signers: list[str] = Field(default_factory=list, title="签发人", description="上行文才写")


class Imprint(StrictModel):
    """版记: 主题词 (before 2012), copies to (抄送) and the printing office and date (印发)."""

    model_config = ConfigDict(title="版记（imprint）")

    keywords: list[str] = Field(
        default_factory=list,
        title="主题词",
        description="2012 年以前的公文才有，如 [工会, 教育实践, 方案, 通知]",
    )
    cc: list[str] = Field(default_factory=list, title="抄送机关")
    printer: str | None = Field(None, title="印发机关", description="如 辽宁省总工会办公室")
    print_date: DateField | None = Field(None, title="印发日期")


class Notice(StrictModel):
    """The covering notice (关于印发《…》的通知) the plan is issued with."""

    model_config = ConfigDict(title="印发通知（notice）")

    title: str | None = Field(
        None, title="通知标题", description="缺省为 发文机关+关于印发《方案标题》的通知"
    )
    issuer: str | None = Field(None, title="发文机关", description="缺省同方案，如 中共辽宁省总工会党组")
    recipients: list[str] = Field(default_factory=list, title="主送机关")
    body: list[Block] | None = Field(None, title="通知正文", description="缺省为标准的印发语")
    date: DateField | None = Field(None, title="成文日期", description="缺省同方案")
    imprint: Imprint | None = Field(
        None, title="通知的版记", description="印在通知之后、方案之前的抄送和印发"
    )


def _number_format(text: str) -> str:
    if ("一" in text) == ("1" in text):
        raise PydanticCustomError("numbering_format", "not a heading number format: {value}", {"value": text})
    return text


NumberFormat = Annotated[str, AfterValidator(_number_format)]
"""One level's heading number as it looks for the first heading: `一、`, `（一）`, `1.`, `(1)`."""


def _default_numbering() -> list[str]:
    return ["一、", "（一）", "1.", "（1）"]


class Style(StrictModel):
    """版式: how this document numbers its headings and writes its phases' dates, set once."""

    model_config = ConfigDict(title="版式（style）")

    numbering: list[NumberFormat] = Field(
        default_factory=_default_numbering,
        title="标题编号格式",
        description="四级标题的编号格式，用“一”代表汉字数字、“1”代表阿拉伯数字，如 [一、, （一）, 1、, (1)]",
        min_length=1,
        max_length=4,
    )
    phase_dates: bool = Field(
        True, title="环节标题写日期", description="如“（一）学习调研阶段（9月下旬至11月中旬）”"
    )
    date_separator: str = Field("至", title="日期连接符", description="起止日期之间的连接，如 至、-、—")
    date_brackets: Literal["（）", "()"] = Field("（）", title="日期括号", description="全角（）或半角()")
    title_line: bool = Field(True, title="方案标题行", description="false 时正文前不单独印标题")
    signature: Literal["sealed", "unsealed"] | None = Field(
        None,
        title="署名版式",
        description="sealed：加盖印章的版式（成文日期右空四字，署名居中其上）；"
        "unsealed：不加盖印章（署名右空二字，成文日期在下一行右移二字）；缺省按 campaign.toml",
    )
