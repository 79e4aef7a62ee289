"""A plan as an official document: typed blocks in GB/T 9704-2012 order.

The text, Markdown and HTML templates and the Word writer all lay out the
same `Document`, so numbering, enumerations, phase headings, the leading
group and dates are decided here once, from the loaded plan's facts. An
element the plan does not give is simply absent: no empty labels.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from campaigntool.dates import chinese_range
from campaigntool.deadlines import deadline_phrase
from campaigntool.model import (
    Attachment,
    Enumeration,
    Imprint,
    PhaseSection,
    Plan,
    Section,
    Style,
    TaskParagraph,
    Use,
)
from campaigntool.model import Block as TextBlock
from campaigntool.plan import LoadedPlan
from campaigntool.render import group
from campaigntool.render.blocks import (
    AttachmentLabel,
    AttachmentNote,
    Block,
    CarbonCopy,
    Cell,
    CopyNumber,
    DocNumber,
    HeaderBlock,
    Heading,
    ImprintBlock,
    IssuerMark,
    Keywords,
    Note,
    Paragraph,
    Printed,
    Recipients,
    RedRule,
    ScheduleTable,
    Secrecy,
    Signoff,
    Title,
    Urgency,
)
from campaigntool.render.helpers import chinese_date, enumeration, join_list
from campaigntool.render.numbering import Numbering

Part = Literal["all", "notice", "plan", "schedule"]
PARTS: tuple[Part, ...] = ("all", "notice", "plan", "schedule")
SCHEDULE_HEADER = ["环节", "时间", "主要任务", "牵头", "配合"]


@dataclass
class Piece:
    """A part of the document: the notice, the plan, or an attachment; the notice may have its own 版记."""

    name: str
    blocks: list[Block]
    imprint: list[ImprintBlock] = field(default_factory=list)


@dataclass
class Document:
    header: list[HeaderBlock]
    pieces: list[Piece]
    imprint: list[ImprintBlock]
    title: str


def build(loaded: LoadedPlan, part: Part = "all") -> Document:
    """The document for `part`: all of it, the notice, the plan, or the schedule."""
    return _Builder(loaded).document(part)


def notice_title(plan: Plan) -> str:
    notice = plan.notice
    if notice is not None and notice.title:
        return notice.title
    issuer = (notice.issuer if notice else None) or plan.issuer
    return f"{issuer}关于印发《{plan.title}》的通知"


def imprint_blocks(imprint: Imprint | None) -> list[ImprintBlock]:
    """版记 lines: 主题词, 抄送, 印发机关和印发日期."""
    if imprint is None:
        return []
    blocks: list[ImprintBlock] = []
    if imprint.keywords:
        blocks.append(Keywords(f"主题词：{'　'.join(imprint.keywords)}"))
    if imprint.cc:
        blocks.append(CarbonCopy(f"抄送：{join_list(imprint.cc, '，')}。"))
    if imprint.printer or imprint.print_date:
        printed = f"{chinese_date(imprint.print_date)}印发" if imprint.print_date else ""
        blocks.append(Printed(imprint.printer or "", printed))
    return blocks


def phase_heading(section: PhaseSection, style: Style, year: int | None) -> str:
    """`学习调研阶段（9月下旬至11月中旬）`, in the document's own style; or the name alone."""
    shown = style.phase_dates if section.dates is None else section.dates
    if not shown:
        return section.phase
    left, right = style.date_brackets
    when = chinese_range(section.start, section.end, year, style.date_separator)
    return f"{section.phase}{left}{when}{right}"


class _Builder:
    def __init__(self, loaded: LoadedPlan) -> None:
        self.loaded = loaded
        self.plan = loaded.plan
        self.style = self.plan.style or Style()
        self.numbering = Numbering.of(self.style.numbering)

    def document(self, part: Part) -> Document:
        plan = self.plan
        pieces: list[Piece] = []
        notice = plan.notice
        if part in ("all", "notice") and notice is not None:
            pieces.append(Piece("notice", self._notice(), imprint_blocks(notice.imprint)))
        if part in ("all", "plan"):
            pieces.append(Piece("plan", self._plan()))
        if part == "all":
            pieces += self._attachments()
        if part == "schedule":
            pieces.append(Piece("schedule", [Title(self._schedule_title()), self.schedule_table()]))
        outer = (
            part == "all" or (part == "notice" and notice is not None) or (part == "plan" and notice is None)
        )
        header = self._header() if outer else []
        imprint = imprint_blocks(plan.imprint) if outer else []
        return Document(header, pieces, imprint, plan.title)

    def _header(self) -> list[HeaderBlock]:
        plan = self.plan
        header = plan.header
        blocks: list[HeaderBlock] = []
        if header is not None:
            if header.copy_number:
                blocks.append(CopyNumber(header.copy_number))
            if header.secrecy:
                blocks.append(Secrecy(header.secrecy))
            if header.urgency:
                blocks.append(Urgency(header.urgency))
            if header.issuer_mark:
                blocks.append(IssuerMark(header.issuer_mark))
        signers = header.signers if header is not None else []
        if plan.doc_number or signers:
            blocks.append(DocNumber(plan.doc_number or "", join_list(signers)))
        if blocks:
            blocks.append(RedRule())
        return blocks

    def _notice(self) -> list[Block]:
        plan = self.plan
        notice = plan.notice
        assert notice is not None
        blocks: list[Block] = [Title(notice_title(plan))]
        if notice.recipients:
            blocks.append(Recipients(join_list(notice.recipients, "，") + "："))
        if notice.body:
            blocks += self._text(notice.body)
        else:
            blocks.append(Paragraph(f"现将《{plan.title}》印发给你们，请认真遵照执行。"))
        when = notice.date or plan.date
        blocks.append(Signoff(notice.issuer or plan.issuer, chinese_date(when) if when else ""))
        return blocks

    def _plan(self) -> list[Block]:
        plan = self.plan
        blocks: list[Block] = [Title(plan.title)] if self.style.title_line else []
        blocks += self._text(plan.preamble)
        for index, section in enumerate(plan.body, start=1):
            blocks += self._section(section, 1, index)
        if plan.attachments:
            blocks.append(AttachmentNote(_attachment_lines(plan.attachments)))
        signature = plan.issuer if plan.signature is None else plan.signature
        date = chinese_date(plan.date) if plan.date else ""
        if signature or date:
            blocks.append(Signoff(signature, date))
        if plan.note:
            blocks.append(Note(f"（{plan.note}）"))
        return blocks

    def _attachments(self) -> list[Piece]:
        plan = self.plan
        pieces: list[Piece] = []
        numbered = len(plan.attachments) > 1
        for index, attachment in enumerate(plan.attachments, start=1):
            label = f"附件{index}" if numbered else "附件"
            blocks: list[Block] = [AttachmentLabel(label), Title(attachment.title)]
            if attachment.schedule:
                blocks.append(self.schedule_table())
            blocks += self._text(attachment.content)
            pieces.append(Piece("schedule" if attachment.schedule else "attachment", blocks))
        return pieces

    def _schedule_title(self) -> str:
        for attachment in self.plan.attachments:
            if attachment.schedule:
                return attachment.title
        return f"{self.plan.short_name or '活动'}总体日程安排"

    def schedule_table(self) -> ScheduleTable:
        """总体日程安排: 环节, 时间 (旬 ranges), 主要任务, 牵头, 配合; one row per task."""
        year = self.loaded.year
        rows: list[list[Cell]] = []
        for phase in self.loaded.phases:
            span = max(len(phase.tasks), 1)
            when = chinese_range(phase.start, phase.end, year)
            if not phase.tasks:
                rows.append([Cell(phase.name), Cell(when), Cell(""), Cell(""), Cell("")])
                continue
            for i, task in enumerate(phase.tasks):
                # A deadline the task states is shown; one taken from its phase is the 时间 column.
                due = task.facts.due
                deadline = f"（{deadline_phrase(due, year)}）" if due is not None else ""
                facts = task.facts
                cells = [
                    Cell(f"{task.title}{deadline}"),
                    Cell(join_list(task.leads)),
                    Cell(join_list(facts.supporters)),
                ]
                if i == 0:
                    cells = [Cell(phase.name, span), Cell(when, span), *cells]
                rows.append(cells)
        return ScheduleTable(list(SCHEDULE_HEADER), rows)

    def _section(self, section: Section | PhaseSection, level: int, index: int) -> list[Block]:
        level = min(level, 4)
        number = self.numbering.number(level, index) if section.number is None else section.number
        if isinstance(section, PhaseSection):
            text = phase_heading(section, self.style, self.loaded.year)
        else:
            text = section.heading
        paragraphs = self._text(section.content)
        body = ""
        if section.run_in and paragraphs and isinstance(paragraphs[0], Paragraph):
            body = paragraphs.pop(0).text
        blocks: list[Block] = [Heading(text, level, number, body), *paragraphs]
        for child_index, child in enumerate(section.sections, start=1):
            blocks += self._section(child, level + 1, child_index)
        blocks += self._text(section.closing)
        return blocks

    def _text(self, content: list[TextBlock]) -> list[Block]:
        blocks: list[Block] = []
        for item in content:
            blocks += self._use(item) if isinstance(item, Use) else paragraphs(item)
        return blocks

    def _use(self, item: Use) -> list[Block]:
        plan = self.plan
        if item.use == "leading_group":
            if plan.leading_group is None:
                return []
            if item.form == "roster":
                lines = group.roster(plan, plan.leading_group)
                paragraphs = [*filter(None, [item.intro]), *lines, *filter(None, [item.outro])]
                return [Paragraph(line) for line in paragraphs]
            text = group.prose(plan, plan.leading_group)
            return [Paragraph(f"{item.intro or ''}{text}{item.outro or ''}")]
        inserted = plan.principles if item.use == "principles" else plan.objectives
        if inserted is None:
            return []
        texts = [paragraph.text for paragraph in _enumeration(inserted)]
        if texts:
            texts[0] = f"{item.intro or ''}{texts[0]}"
            texts[-1] = f"{texts[-1]}{item.outro or ''}"
        return [Paragraph(text) for text in texts]


def paragraphs(item: TextBlock) -> list[Paragraph]:
    """The paragraphs a written block makes: a paragraph, a task's text, an enumeration.

    An insertion (`use:`) needs the plan and makes none here.
    """
    if isinstance(item, str):
        return [Paragraph(item)]
    if isinstance(item, TaskParagraph):
        return [Paragraph(item.text)]
    if isinstance(item, Enumeration):
        return _enumeration(item)
    return []


def _attachment_lines(attachments: list[Attachment]) -> list[str]:
    if len(attachments) == 1:
        return [f"附件：{attachments[0].title}"]
    return [f"{'附件：' if i == 1 else '　　　'}{i}.{a.title}" for i, a in enumerate(attachments, start=1)]


def _enumeration(item: Enumeration) -> list[Paragraph]:
    texts = [entry if isinstance(entry, str) else entry.text for entry in item.items]
    return [Paragraph(text) for text in enumeration(texts, item.style, item.intro, item.outro)]
