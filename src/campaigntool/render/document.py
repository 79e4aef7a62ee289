"""A plan as an official document: blocks in GB/T 9704-2012 order.

The text, Markdown and HTML templates and the Word writer all lay out the
same `Document`, so numbering, enumerations and dates are decided here once.
An element the plan does not give is simply absent: no empty labels.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from campaigntool.model import Attachment, Enumeration, Plan, Section, Use
from campaigntool.model import Block as TextBlock
from campaigntool.render.helpers import chinese_date, enumeration, heading_number, join_list, xun_range

Part = Literal["all", "notice", "plan", "schedule"]
PARTS: tuple[Part, ...] = ("all", "notice", "plan", "schedule")


@dataclass
class Cell:
    text: str
    rowspan: int = 1


@dataclass
class Block:
    """One element of the document; `kind` says which and how it is laid out."""

    kind: str
    text: str = ""
    level: int = 0
    number: str = ""
    #: For run-in headings: the text that follows the heading in the same paragraph.
    body: str = ""
    lines: list[str] = field(default_factory=list)
    header: list[str] = field(default_factory=list)
    rows: list[list[Cell]] = field(default_factory=list)


@dataclass
class Piece:
    """A part of the document: the notice, the plan, or an attachment."""

    name: str
    blocks: list[Block]


@dataclass
class Document:
    header: list[Block]
    pieces: list[Piece]
    imprint: list[Block]
    title: str


SCHEDULE_HEADER = ["环节", "时间", "主要任务", "牵头", "配合"]


def build(plan: Plan, part: Part = "all") -> Document:
    """The document for `part`: all of it, the notice, the plan, or the schedule."""
    pieces: list[Piece] = []
    notice = plan.notice
    if part in ("all", "notice") and notice is not None:
        pieces.append(Piece("notice", _notice(plan)))
    if part in ("all", "plan"):
        pieces.append(Piece("plan", _plan(plan)))
    if part == "all":
        pieces += _attachments(plan)
    if part == "schedule":
        pieces.append(Piece("schedule", [Block("title", text=_schedule_title(plan)), schedule_table(plan)]))
    outer = part == "all" or (part == "notice" and notice is not None) or (part == "plan" and notice is None)
    header = _header(plan) if outer else []
    imprint = _imprint(plan) if outer else []
    return Document(header, pieces, imprint, plan.title)


def notice_title(plan: Plan) -> str:
    notice = plan.notice
    if notice is not None and notice.title:
        return notice.title
    issuer = (notice.issuer if notice else None) or plan.issuer
    return f"{issuer}关于印发《{plan.title}》的通知"


def _header(plan: Plan) -> list[Block]:
    header = plan.header
    blocks: list[Block] = []
    if header is not None:
        if header.copy_number:
            blocks.append(Block("copy_number", text=header.copy_number))
        if header.secrecy:
            blocks.append(Block("secrecy", text=header.secrecy))
        if header.urgency:
            blocks.append(Block("urgency", text=header.urgency))
        if header.issuer_mark:
            blocks.append(Block("issuer_mark", text=header.issuer_mark))
    signers = header.signers if header is not None else []
    if plan.doc_number or signers:
        blocks.append(Block("doc_number", text=plan.doc_number or "", body=join_list(signers)))
    if blocks:
        blocks.append(Block("rule"))
    return blocks


def _notice(plan: Plan) -> list[Block]:
    notice = plan.notice
    assert notice is not None
    blocks = [Block("title", text=notice_title(plan))]
    if notice.recipients:
        blocks.append(Block("recipients", text=join_list(notice.recipients, "，") + "："))
    if notice.body:
        blocks += _text_blocks(notice.body, plan)
    else:
        blocks.append(Block("paragraph", text=f"现将《{plan.title}》印发给你们，请认真遵照执行。"))
    when = notice.date or plan.date
    blocks.append(
        Block("signoff", text=notice.issuer or plan.issuer, body=chinese_date(when) if when else "")
    )
    return blocks


def _plan(plan: Plan) -> list[Block]:
    blocks = [Block("title", text=plan.title)]
    blocks += _text_blocks(plan.preamble, plan)
    for index, section in enumerate(plan.body, start=1):
        blocks += _section(section, 1, index, plan)
    if plan.attachments:
        blocks.append(Block("attachment_note", lines=_attachment_lines(plan.attachments)))
    date = chinese_date(plan.date) if plan.date else ""
    blocks.append(Block("signoff", text=plan.signature or plan.issuer, body=date))
    if plan.note:
        blocks.append(Block("note", text=f"（{plan.note}）"))
    return blocks


def _attachment_lines(attachments: list[Attachment]) -> list[str]:
    if len(attachments) == 1:
        return [f"附件：{attachments[0].title}"]
    return [f"{'附件：' if i == 1 else '　　　'}{i}.{a.title}" for i, a in enumerate(attachments, start=1)]


def _attachments(plan: Plan) -> list[Piece]:
    pieces: list[Piece] = []
    numbered = len(plan.attachments) > 1
    for index, attachment in enumerate(plan.attachments, start=1):
        label = f"附件{index}" if numbered else "附件"
        blocks = [Block("attachment_label", text=label), Block("title", text=attachment.title)]
        if attachment.schedule:
            blocks.append(schedule_table(plan))
        blocks += _text_blocks(attachment.content, plan)
        pieces.append(Piece("schedule" if attachment.schedule else "attachment", blocks))
    return pieces


def _schedule_title(plan: Plan) -> str:
    for attachment in plan.attachments:
        if attachment.schedule:
            return attachment.title
    return f"{plan.short_name or '活动'}总体日程安排"


def schedule_table(plan: Plan) -> Block:
    """总体日程安排: 环节, 时间 (旬 ranges), 主要任务, 牵头, 配合; one row per task."""
    year = plan.date.year if plan.date else (plan.period.start.year if plan.period else None)
    rows: list[list[Cell]] = []
    for phase in plan.phases:
        tasks = phase.tasks or []
        span = max(len(tasks), 1)
        when = xun_range(phase.start, phase.end, year)
        if not tasks:
            rows.append([Cell(phase.name), Cell(when), Cell(""), Cell(""), Cell("")])
            continue
        for i, task in enumerate(tasks):
            due = f"（{task.due.chinese(year)}前）" if task.due is not None else ""
            cells = [Cell(f"{task.title}{due}"), Cell(task.lead or ""), Cell(join_list(task.supporters))]
            if i == 0:
                cells = [Cell(phase.name, span), Cell(when, span), *cells]
            rows.append(cells)
    return Block("table", header=list(SCHEDULE_HEADER), rows=rows)


def _imprint(plan: Plan) -> list[Block]:
    imprint = plan.imprint
    if imprint is None:
        return []
    blocks: list[Block] = []
    if imprint.cc:
        blocks.append(Block("cc", text=f"抄送：{join_list(imprint.cc, '，')}。"))
    if imprint.printer or imprint.print_date:
        printed = f"{chinese_date(imprint.print_date)}印发" if imprint.print_date else ""
        blocks.append(Block("printed", text=imprint.printer or "", body=printed))
    return blocks


def _section(section: Section, level: int, index: int, plan: Plan) -> list[Block]:
    number = heading_number(level, index) if section.number is None else section.number
    paragraphs = _text_blocks(section.content, plan)
    heading = Block("heading", text=section.heading, level=level, number=number)
    blocks = [heading]
    if section.run_in and paragraphs and paragraphs[0].kind == "paragraph":
        heading.body = paragraphs.pop(0).text
    blocks += paragraphs
    for child_index, child in enumerate(section.sections, start=1):
        blocks += _section(child, min(level + 1, 4), child_index, plan)
    return blocks


def _text_blocks(content: list[TextBlock], plan: Plan) -> list[Block]:
    blocks: list[Block] = []
    for item in content:
        if isinstance(item, str):
            blocks.append(Block("paragraph", text=item))
        elif isinstance(item, Enumeration):
            blocks += _enumeration(item)
        elif isinstance(item, Use):
            inserted = plan.principles if item.use == "principles" else plan.objectives
            if inserted is not None:
                blocks += _enumeration(inserted)
    return blocks


def _enumeration(item: Enumeration) -> list[Block]:
    return [
        Block("paragraph", text=text) for text in enumeration(item.items, item.style, item.intro, item.outro)
    ]
