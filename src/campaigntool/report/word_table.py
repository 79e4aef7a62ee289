"""Word documents made of tables: the ledger's landscape attachment, the 督办 list by unit.

A4 (landscape when asked), the official margins, a 小标宋 title, 黑体
headings per section, and real tables: the header row repeated on each page,
rows that do not split, the text in 仿宋 with the East-Asian font named on
every run (python-docx's `font.name` sets only the Latin one).
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from typing import Any

from campaigntool.report.workbook import text_width


@dataclass
class TableSection:
    heading: str
    header: list[str]
    rows: list[list[str]]
    #: Paragraphs before the table.
    intro: list[str] = field(default_factory=list)


@dataclass
class TableDocument:
    title: str
    sections: list[TableSection]
    subtitle: str = ""
    landscape: bool = True
    closing: list[str] = field(default_factory=list)


BODY = "仿宋_GB2312"
TITLE = "方正小标宋简体"
HEADING = "黑体"


def docx_table_bytes(document: TableDocument) -> bytes:
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Mm

    doc = Document()
    section = doc.sections[0]
    if document.landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = Mm(297), Mm(210)
        section.top_margin, section.bottom_margin = Mm(28), Mm(26)
        section.left_margin, section.right_margin = Mm(37), Mm(35)
    else:
        section.page_width, section.page_height = Mm(210), Mm(297)
        section.top_margin, section.bottom_margin = Mm(37), Mm(35)
        section.left_margin, section.right_margin = Mm(28), Mm(26)
    _font(doc.styles["Normal"], BODY, 14)
    title = doc.paragraphs[0] if doc.paragraphs else doc.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _run(title, document.title, TITLE, 22)
    if document.subtitle:
        line = doc.add_paragraph()
        line.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _run(line, document.subtitle, BODY, 14)
    usable = (section.page_width - section.left_margin - section.right_margin) / 12700  # points
    for part in document.sections:
        if part.heading:
            _run(doc.add_paragraph(), part.heading, HEADING, 16).bold = False
        for text in part.intro:
            _run(doc.add_paragraph(), text, BODY, 14)
        _table(doc, part, usable)
    for text in document.closing:
        _run(doc.add_paragraph(), text, BODY, 14)
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


def _table(doc: Any, part: TableSection, usable_pt: float) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt

    table = doc.add_table(rows=1, cols=len(part.header))
    table.style = "Table Grid"
    widths = _widths(part, usable_pt)
    for c, text in enumerate(part.header):
        cell = table.rows[0].cells[c]
        _run(cell.paragraphs[0], text, HEADING, 12)
    header = table.rows[0]._tr.get_or_add_trPr()
    repeat = OxmlElement("w:tblHeader")
    repeat.set(qn("w:val"), "true")
    header.append(repeat)
    for row in part.rows:
        cells = table.add_row().cells
        for c, text in enumerate(row):
            _run(cells[c].paragraphs[0], str(text), BODY, 12)
    for row in table.rows:
        no_split = OxmlElement("w:cantSplit")
        no_split.set(qn("w:val"), "true")
        row._tr.get_or_add_trPr().append(no_split)
        for c, cell in enumerate(row.cells):
            cell.width = Pt(widths[c])


def _widths(part: TableSection, usable_pt: float) -> list[float]:
    """Columns in proportion to their content, short ones at least their header's width."""
    wanted = []
    for c, head in enumerate(part.header):
        longest = max([text_width(head), *(text_width(str(r[c])) for r in part.rows if c < len(r))])
        wanted.append(min(max(longest, text_width(head) + 1), 40.0))
    total = sum(wanted) or 1.0
    return [usable_pt * w / total for w in wanted]


def _font(style: Any, name: str, size: float) -> None:
    from docx.oxml.ns import qn
    from docx.shared import Pt

    style.font.name = name
    style.font.size = Pt(size)
    fonts = style.element.get_or_add_rPr().get_or_add_rFonts()
    fonts.set(qn("w:eastAsia"), name)


def _run(paragraph: Any, text: str, font: str, size: float) -> Any:
    from docx.oxml.ns import qn
    from docx.shared import Pt

    run = paragraph.add_run(text)
    run.font.name = font
    run.font.size = Pt(size)
    fonts = run._element.get_or_add_rPr().get_or_add_rFonts()
    for attribute in ("w:ascii", "w:hAnsi", "w:eastAsia"):
        fonts.set(qn(attribute), font)
    return run
