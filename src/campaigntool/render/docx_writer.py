"""The document as a Word file laid out to GB/T 9704-2012.

A4; margins top 37 mm, bottom 35 mm, left 28 mm, right 26 mm; a document grid
of 22 lines × 28 characters; body in 3号 (16 pt) 仿宋_GB2312; title 2号 (22 pt)
小标宋; headings 黑体, 楷体, 仿宋 bold by level; page numbers `— N —` in 4号 宋体,
odd pages right and even pages left. Fonts are named, not embedded, and every
run names its East-Asian font explicitly: python-docx's `font.name` alone sets
only the Latin one and Word would fall back to another Chinese font.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, fields
from typing import Any

from campaigntool.render.blocks import (
    AttachmentLabel,
    AttachmentNote,
    Block,
    CopyNumber,
    DocNumber,
    HeaderBlock,
    Heading,
    ImprintBlock,
    IssuerMark,
    Printed,
    Recipients,
    RedRule,
    ScheduleTable,
    Secrecy,
    Signoff,
    Title,
    Urgency,
)
from campaigntool.render.document import Document

BODY_PT = 16
TITLE_PT = 22
IMPRINT_PT = 14
LINE_PT = 28.95  # 225 mm / 22 lines
CHAR_PT = 156 / 28 / 25.4 * 72  # 28 characters in 156 mm: 15.79 pt
CONDENSE_PT = -0.25  # 16 pt glyphs condensed to 15.75 pt: 28 fit in the 156 mm line
RED = "E60012"
#: 环节, 时间, 主要任务, 牵头, 配合: together the 156 mm of the type area.
SCHEDULE_WIDTHS_MM = (24, 24, 64, 22, 22)


@dataclass
class Fonts:
    """Font names by role; offices without the GB2312 fonts can name others."""

    body: str = "仿宋_GB2312"
    title: str = "方正小标宋简体"
    heading1: str = "黑体"
    heading2: str = "楷体_GB2312"
    mark: str = "方正小标宋简体"
    page: str = "宋体"

    @classmethod
    def roles(cls) -> list[str]:
        return [f.name for f in fields(cls)]


def docx_bytes(document: Document, fonts: Fonts | None = None) -> bytes:
    """The Word file's bytes (written by the caller, atomically)."""
    from docx import Document as new_document

    fonts = fonts or Fonts()
    doc = new_document()
    writer = _Writer(doc, fonts)
    writer.page_setup()
    writer.page_numbers()
    for mark in document.header:
        writer.header_block(mark)
    for index, piece in enumerate(document.pieces):
        for position, block in enumerate(piece.blocks):
            writer.block(block, new_page=index > 0 and position == 0)
        if piece.imprint:
            writer.imprint(piece.imprint)
    if document.imprint:
        writer.imprint(document.imprint)
    writer.drop_leading_empty_paragraph()
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


class _Writer:
    def __init__(self, doc: Any, fonts: Fonts) -> None:
        self.doc = doc
        self.fonts = fonts

    # ------------------------------------------------------------ page

    def page_setup(self) -> None:
        from docx.shared import Mm, Pt

        section = self.doc.sections[0]
        section.page_width, section.page_height = Mm(210), Mm(297)
        section.top_margin, section.bottom_margin = Mm(37), Mm(35)
        section.left_margin, section.right_margin = Mm(28), Mm(26)
        # The page number sits 7 mm below the type area.
        section.footer_distance = Mm(23)
        section.header_distance = Mm(15)
        # 22 lines a page through the document grid. The 28 characters a line
        # come from condensing each character by 0.25 pt (442 pt / 15.75 pt =
        # 28): a character grid narrower than the 16 pt glyphs (a negative
        # charSpace) is what Word's templates use, but LibreOffice then puts
        # each character in two grid cells, 14 a line.
        grid = section._sectPr.find(_qn("w:docGrid"))
        if grid is None:
            grid = _element("w:docGrid")
            section._sectPr.append(grid)
        grid.set(_qn("w:type"), "lines")
        grid.set(_qn("w:linePitch"), str(round(LINE_PT * 20)))
        grid.attrib.pop(_qn("w:charSpace"), None)
        self._document_defaults()
        normal = self.doc.styles["Normal"]
        _set_font(normal, self.fonts.body, BODY_PT)
        spacing = _element("w:spacing")
        spacing.set(_qn("w:val"), str(round(CONDENSE_PT * 20)))
        normal.element.get_or_add_rPr().append(spacing)
        normal.paragraph_format.space_before = Pt(0)
        normal.paragraph_format.space_after = Pt(0)
        normal.paragraph_format.line_spacing = Pt(LINE_PT)

    def _document_defaults(self) -> None:
        """The grid's character pitch derives from the document default size, not Normal's."""
        defaults = self.doc.styles.element.find(_qn("w:docDefaults"))
        rpr = defaults.find(_qn("w:rPrDefault")).find(_qn("w:rPr"))
        for tag in ("w:sz", "w:szCs"):
            size = rpr.find(_qn(tag))
            if size is None:
                size = _element(tag)
                rpr.append(size)
            size.set(_qn("w:val"), str(BODY_PT * 2))
        fonts = rpr.find(_qn("w:rFonts"))
        if fonts is None:
            fonts = _element("w:rFonts")
            rpr.insert(0, fonts)
        for attribute in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
            fonts.set(_qn(attribute), self.fonts.body)
        for theme in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
            fonts.attrib.pop(_qn(theme), None)
        language = rpr.find(_qn("w:lang"))
        if language is None:
            language = _element("w:lang")
            rpr.append(language)
        language.set(_qn("w:val"), "zh-CN")
        language.set(_qn("w:eastAsia"), "zh-CN")

    def page_numbers(self) -> None:
        from docx.enum.text import WD_ALIGN_PARAGRAPH
        from docx.shared import Pt

        self.doc.settings.odd_and_even_pages_header_footer = True
        section = self.doc.sections[0]
        for footer, alignment in (
            (section.footer, WD_ALIGN_PARAGRAPH.RIGHT),
            (section.even_page_footer, WD_ALIGN_PARAGRAPH.LEFT),
        ):
            paragraph = footer.paragraphs[0]
            paragraph.alignment = alignment
            indent = Pt(IMPRINT_PT)  # 单页码居右空一字，双页码居左空一字
            if alignment == WD_ALIGN_PARAGRAPH.RIGHT:
                paragraph.paragraph_format.right_indent = indent
            else:
                paragraph.paragraph_format.left_indent = indent
            self._run(paragraph, "— ", self.fonts.page, IMPRINT_PT)
            _page_field(self._run(paragraph, "", self.fonts.page, IMPRINT_PT))
            self._run(paragraph, " —", self.fonts.page, IMPRINT_PT)

    # ---------------------------------------------------------- blocks

    def header_block(self, block: HeaderBlock) -> None:
        from docx.enum.text import WD_ALIGN_PARAGRAPH
        from docx.shared import Pt

        if isinstance(block, CopyNumber | Secrecy | Urgency):
            self._paragraph(block.text, self.fonts.heading1, indent=False)
        elif isinstance(block, IssuerMark):
            paragraph = self._paragraph("", indent=False, align=WD_ALIGN_PARAGRAPH.CENTER)
            self._run(paragraph, block.text, self.fonts.mark, 36, color=RED)
            paragraph.paragraph_format.line_spacing = Pt(48)
            paragraph.paragraph_format.space_after = Pt(2 * LINE_PT)
        elif isinstance(block, DocNumber):
            if block.body:
                paragraph = self._paragraph(block.text, indent=False)
                paragraph.paragraph_format.left_indent = Pt(BODY_PT)
                self._run(paragraph, "\t签发人：", self.fonts.body, BODY_PT)
                self._run(paragraph, block.body, self.fonts.heading2, BODY_PT)
                paragraph.paragraph_format.tab_stops.add_tab_stop(Pt(CHAR_PT * 27), alignment=2)
            else:
                self._paragraph(block.text, indent=False, align=WD_ALIGN_PARAGRAPH.CENTER)
        elif isinstance(block, RedRule):
            paragraph = self._paragraph("", indent=False)
            paragraph.paragraph_format.line_spacing = Pt(4)
            paragraph.paragraph_format.space_after = Pt(2 * LINE_PT)
            _border(paragraph, "bottom", RED, 12)

    def block(self, block: Block, new_page: bool = False) -> None:
        from docx.enum.text import WD_ALIGN_PARAGRAPH
        from docx.shared import Pt

        fonts = self.fonts
        paragraph: Any = None
        if isinstance(block, Title):
            paragraph = self._paragraph("", indent=False, align=WD_ALIGN_PARAGRAPH.CENTER)
            self._run(paragraph, block.text, fonts.title, TITLE_PT)
            # Off the line grid: a 2号 title would otherwise take two grid lines a line.
            snap = _element("w:snapToGrid")
            snap.set(_qn("w:val"), "0")
            paragraph.paragraph_format.element.get_or_add_pPr().append(snap)
            paragraph.paragraph_format.line_spacing = Pt(TITLE_PT * 1.5)
            paragraph.paragraph_format.space_after = Pt(LINE_PT)
        elif isinstance(block, Heading):
            paragraph = self._paragraph("")
            font, bold = {1: (fonts.heading1, False), 2: (fonts.heading2, False)}.get(
                block.level, (fonts.body, True)
            )
            self._run(
                paragraph, f"{block.number}{block.text}{'。' if block.body else ''}", font, BODY_PT, bold=bold
            )
            if block.body:
                self._run(paragraph, block.body, fonts.body, BODY_PT)
        elif isinstance(block, Recipients):
            paragraph = self._paragraph(block.text, indent=False)
        elif isinstance(block, AttachmentNote):
            for number, line in enumerate(block.lines):
                line_paragraph = self._paragraph(line)
                if number == 0:
                    line_paragraph.paragraph_format.space_before = Pt(LINE_PT)
            return
        elif isinstance(block, Signoff):
            self._signoff(block)
            return
        elif isinstance(block, AttachmentLabel):
            paragraph = self._paragraph("", indent=False)
            self._run(paragraph, block.text, fonts.heading1, BODY_PT)
        elif isinstance(block, ScheduleTable):
            self._table(block)
            return
        else:  # paragraphs, notes, and header or imprint lines met inside a piece
            paragraph = self._paragraph(block.text)
        if new_page and paragraph is not None:
            paragraph.paragraph_format.page_break_before = True

    def _signoff(self, block: Signoff) -> None:
        from docx.enum.text import WD_ALIGN_PARAGRAPH
        from docx.shared import Pt

        from campaigntool.render.environment import _cells

        # The date ends four characters from the right; the issuer is centred over it.
        date_chars = _cells(block.body) / 2
        issuer_chars = _cells(block.text) / 2
        issuer_margin = max(4 + (date_chars - issuer_chars) / 2, 0) if block.body else 2
        issuer = self._paragraph(block.text, indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
        issuer.paragraph_format.right_indent = Pt(CHAR_PT * issuer_margin)
        issuer.paragraph_format.space_before = Pt(2 * LINE_PT)
        if block.body:
            date = self._paragraph(block.body, indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
            date.paragraph_format.right_indent = Pt(CHAR_PT * 4)

    def _table(self, block: ScheduleTable) -> None:
        from docx.enum.table import WD_TABLE_ALIGNMENT
        from docx.enum.text import WD_ALIGN_PARAGRAPH
        from docx.shared import Mm, Pt

        columns = len(block.header)
        table = self.doc.add_table(rows=1 + len(block.rows), cols=columns)
        table.style = "Table Grid"
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        for cell, text in zip(table.rows[0].cells, block.header, strict=True):
            self._cell(cell, text, self.fonts.heading1, center=True)
        pending: dict[int, int] = {}  # column -> rows still covered by a merged cell above
        for r, row in enumerate(block.rows, start=1):
            cells = iter(row)
            for c in range(columns):
                if pending.get(c, 0) > 0:
                    pending[c] -= 1
                    continue
                source = next(cells, None)
                if source is None:
                    continue
                target = table.cell(r, c)
                if source.rowspan > 1:
                    target = target.merge(table.cell(r + source.rowspan - 1, c))
                    pending[c] = source.rowspan - 1
                self._cell(target, source.text, self.fonts.body, center=c < 2)
        table.autofit = False
        # Word reads the cells' widths, LibreOffice the table grid's: set both.
        for column, width in zip(
            table._tbl.tblGrid.findall(_qn("w:gridCol")), SCHEDULE_WIDTHS_MM, strict=False
        ):
            column.set(_qn("w:w"), str(round(width / 25.4 * 1440)))
        for row in table.rows:
            for cell, width in zip(row.cells, SCHEDULE_WIDTHS_MM, strict=False):
                cell.width = Mm(width)
        _repeat_header(table.rows[0])
        for row in table.rows:
            for cell in row.cells:
                for paragraph in cell.paragraphs:
                    paragraph.paragraph_format.line_spacing = Pt(18)
                    if paragraph.alignment is None:
                        paragraph.alignment = WD_ALIGN_PARAGRAPH.LEFT

    def _cell(self, cell: Any, text: str, font: str, center: bool) -> None:
        from docx.enum.table import WD_ALIGN_VERTICAL
        from docx.enum.text import WD_ALIGN_PARAGRAPH

        cell.vertical_alignment = WD_ALIGN_VERTICAL.CENTER
        paragraph = cell.paragraphs[0]
        for run in list(paragraph.runs):
            run._element.getparent().remove(run._element)
        paragraph.paragraph_format.first_line_indent = 0
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER if center else WD_ALIGN_PARAGRAPH.LEFT
        self._run(paragraph, text, font, 12)

    def imprint(self, blocks: list[ImprintBlock]) -> None:
        """版记: 抄送 and 印发 in 4号, between a thick rule above and below, a thin one between."""
        from docx.shared import Pt

        paragraphs = []
        for index, block in enumerate(blocks):
            paragraph = self._paragraph("", indent=False)
            paragraph.paragraph_format.left_indent = Pt(IMPRINT_PT)
            paragraph.paragraph_format.right_indent = Pt(IMPRINT_PT)
            if index == 0:
                paragraph.paragraph_format.space_before = Pt(2 * LINE_PT)
            self._run(paragraph, block.text, self.fonts.body, IMPRINT_PT)
            if isinstance(block, Printed) and block.body:
                width = 156 / 25.4 * 72 - 2 * IMPRINT_PT
                paragraph.paragraph_format.tab_stops.add_tab_stop(Pt(width), alignment=2)
                self._run(paragraph, "\t" + block.body, self.fonts.body, IMPRINT_PT)
            paragraphs.append(paragraph)
        _border(paragraphs[0], "top", "000000", 8)
        for paragraph in paragraphs[:-1]:
            _border(paragraph, "bottom", "000000", 4)
        _border(paragraphs[-1], "bottom", "000000", 8)

    # --------------------------------------------------------- helpers

    def _paragraph(
        self, text: str, font: str | None = None, *, indent: bool = True, align: Any = None
    ) -> Any:
        from docx.shared import Pt

        paragraph = self.doc.add_paragraph()
        if indent:
            paragraph.paragraph_format.first_line_indent = Pt(2 * BODY_PT)
            ind = paragraph.paragraph_format.element.get_or_add_pPr().get_or_add_ind()
            ind.set(_qn("w:firstLineChars"), "200")
        if align is not None:
            paragraph.alignment = align
        if text:
            self._run(paragraph, text, font or self.fonts.body, BODY_PT)
        return paragraph

    def _run(
        self,
        paragraph: Any,
        text: str,
        font: str,
        size: float,
        *,
        bold: bool = False,
        color: str | None = None,
    ) -> Any:
        from docx.shared import RGBColor

        run = paragraph.add_run(text)
        _set_font(run, font, size)
        run.font.bold = bold
        if color:
            run.font.color.rgb = RGBColor.from_string(color)
        return run

    def drop_leading_empty_paragraph(self) -> None:
        """python-docx starts a document with one empty paragraph; it would push everything down a line."""
        body = self.doc.element.body
        first = body[0]
        if first.tag == _qn("w:p") and not first.xpath(".//w:t"):
            body.remove(first)


def _qn(name: str) -> str:
    from docx.oxml.ns import qn

    return str(qn(name))


def _element(name: str) -> Any:
    from docx.oxml import OxmlElement

    return OxmlElement(name)


def _set_font(target: Any, name: str, size: float) -> None:
    """Name the font for Latin, East-Asian and complex scripts alike."""
    from docx.shared import Pt

    target.font.name = name
    target.font.size = Pt(size)
    rpr = target.element.get_or_add_rPr() if hasattr(target, "element") else target._element.get_or_add_rPr()
    fonts = rpr.find(_qn("w:rFonts"))
    if fonts is None:
        fonts = _element("w:rFonts")
        rpr.insert(0, fonts)
    for attribute in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(_qn(attribute), name)
    # “” and other marks shared with Latin text take the East-Asian font.
    fonts.set(_qn("w:hint"), "eastAsia")


def _border(paragraph: Any, side: str, color: str, size: int) -> None:
    ppr = paragraph.paragraph_format.element.get_or_add_pPr()
    borders = ppr.find(_qn("w:pBdr"))
    if borders is None:
        borders = _element("w:pBdr")
        ppr.append(borders)
    edge = _element(f"w:{side}")
    edge.set(_qn("w:val"), "single")
    edge.set(_qn("w:sz"), str(size))
    edge.set(_qn("w:space"), "1")
    edge.set(_qn("w:color"), color)
    borders.append(edge)


def _repeat_header(row: Any) -> None:
    """The header row is repeated at the top of every page the table runs over."""
    properties = row._tr.get_or_add_trPr()
    header = _element("w:tblHeader")
    header.set(_qn("w:val"), "true")
    properties.append(header)


def _page_field(run: Any) -> None:
    """A PAGE field inside the run, so Word and LibreOffice number the pages."""
    begin, instruction, separate, text, end = (
        _element("w:fldChar"),
        _element("w:instrText"),
        _element("w:fldChar"),
        _element("w:t"),
        _element("w:fldChar"),
    )
    begin.set(_qn("w:fldCharType"), "begin")
    instruction.set(_qn("xml:space"), "preserve")
    instruction.text = " PAGE "
    separate.set(_qn("w:fldCharType"), "separate")
    text.text = "1"
    end.set(_qn("w:fldCharType"), "end")
    for element in (begin, instruction, separate, text, end):
        run._element.append(element)
