"""No writer silently drops a kind of block: each one shows every block's text."""

from __future__ import annotations

import io

import pytest

from campaigntool.render.blocks import (
    BLOCKS,
    AttachmentLabel,
    AttachmentNote,
    Block,
    CarbonCopy,
    Cell,
    CopyNumber,
    DocNumber,
    Figure,
    Heading,
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
from campaigntool.render.document import Document, Piece
from campaigntool.render.environment import render

#: One block of every kind, each with words of its own (a red rule has none).
HEADER: list[CopyNumber | Secrecy | Urgency | IssuerMark | DocNumber | RedRule] = [
    CopyNumber("000001"),
    Secrecy("秘密★1年"),
    Urgency("特急"),
    IssuerMark("某机关文件"),
    DocNumber("某发〔2026〕1号"),
    RedRule(),
]
BODY: list[Block] = [
    Title("关于开展某活动的实施方案"),
    Recipients("各单位："),
    Heading("总体要求", 1, "一、", "正文接在标题后"),
    Paragraph("一段正文"),
    AttachmentNote(["附件：总体日程安排"]),
    Signoff("某机关", "2026年3月1日"),
    Note("（此件公开发布）"),
    AttachmentLabel("附件"),
    ScheduleTable(
        ["环节", "时间", "主要任务", "牵头", "配合"],
        [[Cell("学习"), Cell("3月"), Cell("动员"), Cell("办公室"), Cell("")]],
    ),
    Figure("活动进度图", svg="<svg></svg>"),
]
IMPRINT: list[Keywords | CarbonCopy | Printed] = [
    Keywords("主题词：工会　方案"),
    CarbonCopy("抄送：某某。"),
    Printed("某机关办公室", "2026年3月1日印发"),
]
DOCUMENT = Document(
    HEADER, [Piece("plan", BODY, [Keywords("主题词：通知")])], IMPRINT, "关于开展某活动的实施方案"
)


def words(block: Block, fmt: str = "docx") -> list[str]:
    if isinstance(block, ScheduleTable):
        # Plain text lays the table out as a list under each phase, without a header row.
        header = [] if fmt == "text" else block.header
        return [*header, *(cell.text for row in block.rows for cell in row if cell.text)]
    if isinstance(block, AttachmentNote):
        return block.lines
    if isinstance(block, Figure):
        return [block.caption]
    return [text for text in (block.text, getattr(block, "number", ""), getattr(block, "body", "")) if text]


def test_the_sample_has_every_kind() -> None:
    kinds = {type(block) for block in [*HEADER, *BODY, *IMPRINT]}
    assert kinds == set(BLOCKS)


@pytest.mark.parametrize("fmt", ["text", "md", "html"])
def test_every_template_writes_every_block(fmt: str) -> None:
    out = render(f"{fmt}/document.j2", (), document=DOCUMENT, plan=None, part="all", format=fmt)
    flat = out.replace("\n", "").replace(" ", "").replace("　", "")
    for block in [*HEADER, *BODY, *IMPRINT, Keywords("主题词：通知")]:
        for text in words(block, fmt):
            assert text.replace(" ", "").replace("　", "") in flat, (fmt, block)


def test_the_word_writer_writes_every_block() -> None:
    from docx import Document as open_docx

    from campaigntool.render.docx_writer import docx_bytes

    doc = open_docx(io.BytesIO(docx_bytes(DOCUMENT)))
    texts = [p.text for p in doc.paragraphs]
    texts += [cell.text for table in doc.tables for row in table.rows for cell in row.cells]
    body = doc.element.body
    texts += ["".join(node.itertext()) for node in body.iter() if node.tag.endswith("}txbxContent")]
    flat = "".join(texts).replace(" ", "").replace("　", "").replace("\t", "")
    for block in [*HEADER, *BODY, *IMPRINT, Keywords("主题词：通知")]:
        for text in words(block):
            assert text.replace(" ", "").replace("　", "") in flat, block
