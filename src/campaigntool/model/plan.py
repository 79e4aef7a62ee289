"""The whole plan file (实施方案), as the secretary writes it."""

from __future__ import annotations

from pydantic import ConfigDict, Field

from campaigntool.model.base import DateField, StrictModel
from campaigntool.model.document import Header, Imprint, Notice, Style
from campaigntool.model.ledger import RectificationItem
from campaigntool.model.people import LeadingGroup, Person, Unit
from campaigntool.model.report import Report
from campaigntool.model.schedule import Period, Phase
from campaigntool.model.text import Attachment, Block, Enumeration, SectionOrPhase


class Plan(StrictModel):
    """实施方案: header facts, text, schedule and responsibilities."""

    model_config = ConfigDict(title="实施方案（整个文件）")

    id: str | None = Field(
        None,
        title="方案编号",
        description="稳定的英文编号，如 liaoning-2013-mass-line",
        pattern=r"^[A-Za-z0-9_.-]+$",
    )
    title: str = Field(
        title="标题",
        description="发文机关+关于+事由+文种，如 ××关于开展××的实施方案",
        examples=["辽宁省总工会关于深入开展党的群众路线教育实践活动的实施方案"],
    )
    short_name: str | None = Field(
        None, title="简称", description="正文中的简称，如 教育实践活动", examples=["教育实践活动"]
    )
    issuer: str = Field(
        title="发文机关", description="署名用的机关全称，如 辽宁省总工会党组", examples=["辽宁省总工会党组"]
    )
    doc_number: str | None = Field(
        None,
        title="发文字号",
        description="代字〔年份〕序号号，如 辽工党发〔2013〕18号",
        examples=["辽工党发〔2013〕18号"],
    )
    date: DateField | None = Field(None, title="成文日期")
    period: Period | None = Field(None, title="活动期间")
    header: Header | None = Field(None, title="版头")
    notice: Notice | None = Field(None, title="印发通知")
    preamble: list[Block] = Field(default_factory=list, title="前言", description="根据……制定如下方案")
    principles: Enumeration | None = Field(None, title="基本原则")
    objectives: Enumeration | None = Field(None, title="目标任务")
    body: list[SectionOrPhase] = Field(
        default_factory=list, title="正文各部分", description="各部分；环节写成 phase: 名称，带起止日期"
    )
    phases: list[Phase] = Field(
        default_factory=list,
        title="环节（正文不写时）",
        description="只在正文不叙述环节时使用；正文叙述的环节写在 body 中（phase: 名称）",
    )
    leading_group: LeadingGroup | None = Field(None, title="领导小组")
    units: list[Unit] = Field(default_factory=list, title="单位")
    people: list[Person] = Field(default_factory=list, title="人员")
    signature: str | None = Field(None, title="署名", description='缺省同发文机关；写 "" 则不署名')
    attachments: list[Attachment] = Field(default_factory=list, title="附件")
    imprint: Imprint | None = Field(None, title="版记")
    note: str | None = Field(None, title="附注")
    style: Style | None = Field(None, title="版式", description="标题编号格式、环节日期写法等，全文一次设定")
    rectification: list[RectificationItem] = Field(
        default_factory=list,
        title="整改台账",
        description="整改任务清单：问题、措施、目标、责任、时限、完成情况",
    )
    report: Report | None = Field(None, title="进展报告", description="进展情况报告或总结报告中手写的部分")
