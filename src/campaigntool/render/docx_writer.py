"""The document as a Word file laid out to GB/T 9704-2012.

A4; margins top 37 mm, bottom 35 mm, left 28 mm, right 26 mm; a document grid
of 22 lines × 28 characters; body in 3号 (16 pt) 仿宋_GB2312, justified; title
2号 (22 pt) 小标宋, broken by meaning; headings 黑体, 楷体, 仿宋 bold by level,
kept with what follows; page numbers `— N —` in 4号 宋体, odd pages right and
even pages left. Fonts are named, not embedded, and every run names its
East-Asian font explicitly: python-docx's `font.name` alone sets only the
Latin one and Word would fall back to another Chinese font.

The schedule table is written by `docx_table`, the page estimate that places
the 版记 by `docx_layout`, the file's properties by `docx_meta`.
"""

from __future__ import annotations

import io
import math
from dataclasses import dataclass, fields
from typing import TYPE_CHECKING, Any, Literal

from campaigntool.render.blocks import (
    AttachmentLabel,
    AttachmentNote,
    Block,
    CopyNumber,
    DocNumber,
    Figure,
    HeaderBlock,
    Heading,
    ImprintBlock,
    IssuerMark,
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
from campaigntool.render.docx_layout import LINE_PT, LINES, PAGE_PT, Pages, text_lines, width
from campaigntool.render.docx_xml import clean, element, ppr, put, qn

if TYPE_CHECKING:
    from campaigntool.plan import LoadedPlan
    from campaigntool.render.document import Document, Part

Signature = Literal["sealed", "unsealed"]

BODY_PT = 16
TITLE_PT = 22
TITLE_LINE_PT = 33
IMPRINT_PT = 14
MARK_PT = 36
MARK_LINE_PT = 42
CHAR_PT = 156 / 28 / 25.4 * 72  # 28 characters in 156 mm: 15.79 pt
TYPE_WIDTH_PT = 156 / 25.4 * 72
CONDENSE_PT = -0.25  # 16 pt glyphs condensed to 15.75 pt: 28 fit in the 156 mm line
MM = 72 / 25.4
RED = "E60012"


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

    def cleaned(self) -> Fonts:
        """The names without characters an XML attribute cannot hold."""
        return Fonts(**{role: clean(getattr(self, role)) for role in self.roles()})


def docx_for_plan(
    loaded: LoadedPlan, part: Part, fonts: Fonts | None = None, signature: Signature = "sealed"
) -> bytes:
    """The plan's Word file, with the plan's title, issuer and date as its properties."""
    from campaigntool.render.document import build, notice_title

    plan = loaded.plan
    document = build(loaded, part)
    notice = plan.notice
    with_notice = notice is not None and part in ("all", "notice")
    title = notice_title(plan) if with_notice else plan.title
    author = ((notice.issuer if notice else None) or plan.issuer) if with_notice else plan.issuer
    created = (notice.date if with_notice and notice and notice.date else None) or plan.date
    return docx_bytes(document, fonts, signature=signature, title=title, author=author, created=created)


def docx_bytes(
    document: Document,
    fonts: Fonts | None = None,
    *,
    signature: Signature = "sealed",
    title: str | None = None,
    author: str = "",
    created: Any = None,
) -> bytes:
    """The Word file's bytes (written by the caller, atomically)."""
    from docx import Document as new_document

    from campaigntool.render.docx_meta import set_properties

    doc = new_document()
    writer = _Writer(doc, (fonts or Fonts()).cleaned(), signature)
    writer.page_setup()
    writer.page_numbers()
    writer.header(document.header)
    for index, piece in enumerate(document.pieces):
        for position, block in enumerate(piece.blocks):
            writer.block(block, new_page=index > 0 and position == 0)
        if piece.imprint:
            writer.imprint(piece.imprint)
    if document.imprint:
        writer.imprint(document.imprint)
    writer.drop_leading_empty_paragraph()
    first = (created.first if hasattr(created, "first") else created) if created else None
    set_properties(doc, title or document.title, author, first)
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


class _Writer:
    def __init__(self, doc: Any, fonts: Fonts, signature: Signature) -> None:
        self.doc = doc
        self.fonts = fonts
        self.signature = signature
        self.pages = Pages()
        self.last: Any = None  # the last paragraph written

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
        grid = section._sectPr.find(qn("w:docGrid"))
        if grid is None:
            grid = element("w:docGrid")
            section._sectPr.append(grid)
        grid.set(qn("w:type"), "lines")
        grid.set(qn("w:linePitch"), str(round(LINE_PT * 20)))
        grid.attrib.pop(qn("w:charSpace"), None)
        self._document_defaults()
        normal = self.doc.styles["Normal"]
        _set_font(normal, self.fonts.body, BODY_PT)
        put(normal.element.get_or_add_rPr(), element("w:spacing", val=str(round(CONDENSE_PT * 20))))
        normal.paragraph_format.space_before = Pt(0)
        normal.paragraph_format.space_after = Pt(0)
        normal.paragraph_format.line_spacing = Pt(LINE_PT)
        normal.paragraph_format.widow_control = True

    def _document_defaults(self) -> None:
        """The grid's character pitch derives from the document default size, not Normal's."""
        defaults = self.doc.styles.element.find(qn("w:docDefaults"))
        rpr = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
        for tag in ("w:sz", "w:szCs"):
            put(rpr, element(tag, val=str(BODY_PT * 2)))
        fonts = rpr.find(qn("w:rFonts"))
        if fonts is None:
            fonts = put(rpr, element("w:rFonts"))
        for attribute in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
            fonts.set(qn(attribute), self.fonts.body)
        for theme in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
            fonts.attrib.pop(qn(theme), None)
        put(rpr, element("w:lang", val="zh-CN", eastAsia="zh-CN"))

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

    # ---------------------------------------------------------- 版头

    def header(self, blocks: list[HeaderBlock]) -> None:
        """份号, 密级, 紧急程度 top left; the mark's top edge 35 mm into the type area;
        the 发文字号 two lines under it; the red rule 4 mm under the 发文字号.

        The red rule belongs to the 版头 of a document with a 发文机关标志
        (GB/T 9704-2012 7.2); without one the 发文字号 stands alone, centred.
        """
        from docx.enum.text import WD_ALIGN_PARAGRAPH
        from docx.shared import Pt

        marked = any(isinstance(block, IssuerMark) for block in blocks)
        above = 0
        for block in blocks:
            if isinstance(block, CopyNumber | Secrecy | Urgency):
                self._paragraph(block.text, self.fonts.heading1, indent=False)
                self.pages.paragraph(1)
                above += 1
            elif isinstance(block, IssuerMark):
                paragraph = self._paragraph("", indent=False, align=WD_ALIGN_PARAGRAPH.CENTER)
                self._run(paragraph, block.text, self.fonts.mark, MARK_PT, color=RED)
                _off_grid(paragraph)
                paragraph.paragraph_format.line_spacing = Pt(MARK_LINE_PT)
                # The glyphs' top edge sits about (line − size) / 2 below the line's top.
                top = 35 * MM - above * LINE_PT - (MARK_LINE_PT - MARK_PT) / 2
                paragraph.paragraph_format.space_before = Pt(max(top, 0))
                self.pages.used += max(top, 0) + MARK_LINE_PT
            elif isinstance(block, DocNumber):
                paragraph = self._doc_number(block)
                if marked:
                    paragraph.paragraph_format.space_before = Pt(2 * LINE_PT)
                    self.pages.snap()
                    self.pages.used += 2 * LINE_PT
                self.pages.paragraph(1)
                if marked:
                    # The border's space counts from the grid line's foot, which lies about
                    # 1.6 mm below the glyphs: 4 mm under the 发文字号 itself (7.2.7).
                    _border(paragraph, "bottom", RED, 12, space=round(4 * MM - 7))
            elif isinstance(block, RedRule) and marked:
                # Title two lines under the rule.
                self.pages.used += 2 * LINE_PT
                if self.last is not None:
                    self.last.paragraph_format.space_after = Pt(2 * LINE_PT)

    def _doc_number(self, block: DocNumber) -> Any:
        from docx.enum.text import WD_ALIGN_PARAGRAPH
        from docx.shared import Pt

        if not block.body:
            return self._paragraph(block.text, indent=False, align=WD_ALIGN_PARAGRAPH.CENTER)
        paragraph = self._paragraph(block.text, indent=False)
        paragraph.paragraph_format.first_line_indent = Pt(CHAR_PT)
        self._run(paragraph, "\t签发人：", self.fonts.body, BODY_PT)
        self._run(paragraph, block.body, self.fonts.heading2, BODY_PT)
        paragraph.paragraph_format.tab_stops.add_tab_stop(Pt(TYPE_WIDTH_PT - CHAR_PT), alignment=2)
        return paragraph

    # ---------------------------------------------------------- blocks

    def block(self, block: Block, new_page: bool = False) -> None:
        from docx.enum.text import WD_ALIGN_PARAGRAPH

        fonts = self.fonts
        if new_page:
            self.pages.new_page()
        paragraph: Any = None
        if isinstance(block, Title):
            paragraph = self._title(block.text)
        elif isinstance(block, Heading):
            # A run-in heading is a paragraph; only a heading on its own line keeps with the next.
            paragraph = self._paragraph("", keep_next=not block.body)
            font, bold = {1: (fonts.heading1, False), 2: (fonts.heading2, False)}.get(
                block.level, (fonts.body, True)
            )
            head = f"{block.number}{block.text}{'。' if block.body else ''}"
            self._run(paragraph, head, font, BODY_PT, bold=bold)
            if block.body:
                self._run(paragraph, block.body, fonts.body, BODY_PT)
            self.pages.paragraph(text_lines(head + block.body), keep_with=0 if block.body else 2)
        elif isinstance(block, Paragraph | Note):
            paragraph = self._paragraph(block.text)
            self.pages.paragraph(text_lines(block.text))
        elif isinstance(block, Recipients):
            paragraph = self._paragraph(block.text, indent=False)
            self.pages.paragraph(text_lines(block.text, 0))
        elif isinstance(block, AttachmentNote):
            self._attachment_note(block.lines)
            return
        elif isinstance(block, Signoff):
            self._signoff(block)
            return
        elif isinstance(block, AttachmentLabel):
            # 附件 in 黑体 on the first line, flush left; the title on the third.
            paragraph = self._paragraph("", indent=False, keep_next=True)
            self._run(paragraph, block.text, fonts.heading1, BODY_PT)
            paragraph.paragraph_format.space_after = _pt(LINE_PT)
            self.pages.paragraph(2)
        elif isinstance(block, ScheduleTable):
            from campaigntool.render.docx_table import table_xml

            # A table is not on the line grid: it starts where the title's space ends.
            self.doc.element.body.sectPr.addprevious(table_xml(block, fonts, self.pages))
            self.last = None
            return
        elif isinstance(block, Figure):
            self._figure(block)
            return
        else:  # header or imprint lines met inside a piece
            paragraph = self._paragraph(block.text)
            self.pages.paragraph(text_lines(block.text))
        if new_page and paragraph is not None:
            paragraph.paragraph_format.page_break_before = True
        if isinstance(block, Title) and paragraph is not None:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER

    def _figure(self, block: Figure) -> None:
        """The picture across the type area, off the line grid, its caption centred below."""
        from docx.enum.text import WD_ALIGN_PARAGRAPH
        from docx.shared import Mm

        if block.png:
            holder = self._paragraph("", indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, keep_next=True)
            _off_grid(holder)
            # Single spacing, not the body's exact line height, which would crop the picture to one line.
            holder.paragraph_format.line_spacing = 1.0
            picture = holder.add_run().add_picture(io.BytesIO(block.png), width=Mm(150))
            self.pages.block(picture.height.pt)
        caption = self._paragraph(clean(block.caption), indent=False, align=WD_ALIGN_PARAGRAPH.CENTER)
        self.pages.paragraph(text_lines(block.caption, 0))
        self.last = caption

    def _title(self, text: str) -> Any:
        """2号 小标宋, centred, broken by meaning; one empty line below it."""
        from docx.enum.text import WD_ALIGN_PARAGRAPH
        from docx.shared import Pt

        from campaigntool.render.title_lines import break_title

        lines = break_title(clean(text))
        paragraph = self._paragraph("", indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, keep_next=True)
        for number, line in enumerate(lines):
            run = self._run(paragraph, line, self.fonts.title, TITLE_PT)
            if number < len(lines) - 1:
                run.add_break()
        # Off the line grid: a 2号 line would otherwise take two grid lines.
        _off_grid(paragraph)
        paragraph.paragraph_format.line_spacing = Pt(TITLE_LINE_PT)
        paragraph.paragraph_format.space_after = Pt(LINE_PT)
        self.pages.snap()
        self.pages.block(len(lines) * TITLE_LINE_PT + LINE_PT)
        return paragraph

    def _attachment_note(self, lines: list[str]) -> None:
        for number, line in enumerate(lines):
            paragraph = self._paragraph(line)
            if number == 0:
                paragraph.paragraph_format.space_before = _pt(LINE_PT)
                self.pages.paragraph(1)
            self.pages.paragraph(text_lines(line))

    def _signoff(self, block: Signoff) -> None:
        """署名 and 成文日期: sealed (7.3.5.1) or without a seal (7.3.5.2), never alone on a page.

        The text's last lines keep with the 署名, so a page break can never leave the 署名
        and date on a page of their own. Where the usual empty lines above the 署名 do not
        fit but one does, one is used: the standard's remedy is to adjust the spacing
        (7.3.5.4), and a seal's top may still lie within a line of the text.
        """
        from docx.enum.text import WD_ALIGN_PARAGRAPH

        date_chars = width(block.body)
        issuer_chars = width(block.text)
        if self.signature == "unsealed":
            # 署名 two characters from the right; the date's first character two to the right of
            # the 署名's; a longer date keeps two from the right and pushes the 署名 left.
            if date_chars > issuer_chars:
                date_margin, issuer_margin = 2.0, date_chars + 4 - issuer_chars
            else:
                date_margin, issuer_margin = issuer_chars - date_chars, 2.0
            space = 1
        else:
            # The date ends four characters from the right; the 署名 is centred over it.
            date_margin = 4.0
            issuer_margin = max(4 + (date_chars - issuer_chars) / 2, 0) if block.body else 2.0
            space = 2
        lines = 2 if block.body else 1
        if space + lines > self.pages.lines_left() >= 1 + lines:
            space = 1
        if self.last is not None:
            self.last.paragraph_format.keep_with_next = True
        issuer = self._paragraph(block.text, indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
        issuer.paragraph_format.right_indent = _pt(CHAR_PT * issuer_margin)
        issuer.paragraph_format.space_before = _pt(space * LINE_PT)
        issuer.paragraph_format.keep_with_next = True
        if space + lines > self.pages.lines_left():
            # Over the page with the text's last lines (two, for widow control).
            carried = min(self.pages.last_lines, 2)
            self.pages.new_page()
            self.pages.used = carried * LINE_PT
        self.pages.paragraph(space + lines)
        if block.body:
            date = self._paragraph(block.body, indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
            date.paragraph_format.right_indent = _pt(CHAR_PT * date_margin)

    # ---------------------------------------------------------- 版记

    def imprint(self, blocks: list[ImprintBlock]) -> None:
        """版记 at the foot of the last page, which is even (GB/T 9704-2012 7.4).

        A text box anchored to the bottom of the type area puts its last rule on
        the bottom edge wherever the text ends (paragraph frames, the older way,
        LibreOffice places at the anchor and drops their rules). If the text ends on an odd
        page the 版记 takes the next page; if an even page has no room left, a
        blank page precedes it and neither carries a page number.
        """
        from docx.shared import Pt

        height = len(blocks) * LINE_PT
        # The page the text ends on, even when it fills it: a full even page needs the blank
        # page too, since a break before a paragraph at the top of a page does nothing.
        page, used = self.pages.page, self.pages.used
        if used <= 0 and page > 1:  # the estimate has already turned a full page
            page, used = page - 1, PAGE_PT
        left = PAGE_PT - math.ceil(used / LINE_PT - 1e-6) * LINE_PT
        break_before = False
        if page % 2 == 1:
            break_before = True
        elif left < height + LINE_PT:
            self._unnumbered_section()
            # The blank page needs something on it: a break before the first paragraph of a
            # section that starts a page is ignored, and the 版记 would land on the odd page.
            self._paragraph("", indent=False)
            self.pages.used = LINE_PT
            break_before = True
        anchor = self._paragraph("", indent=False)
        anchor.paragraph_format.line_spacing = Pt(1)
        _off_grid(anchor)
        if break_before:
            anchor.paragraph_format.page_break_before = True
        paragraphs = []
        for _index, block in enumerate(blocks):
            paragraph = self._paragraph("", indent=False)
            paragraph.paragraph_format.first_line_indent = Pt(IMPRINT_PT)  # 左空一字
            self._run(paragraph, block.text, self.fonts.body, IMPRINT_PT)
            if isinstance(block, Printed) and block.body:
                # Tab stops count from the margin: the date ends one character from the right.
                paragraph.paragraph_format.tab_stops.add_tab_stop(Pt(TYPE_WIDTH_PT - IMPRINT_PT), alignment=2)
                self._run(paragraph, "\t" + block.body, self.fonts.body, IMPRINT_PT)
            paragraphs.append(paragraph)
        # First and last rules 0.35 mm, the ones between 0.25 mm; all as wide as the type area.
        _border(paragraphs[0], "top", "000000", 8)
        for paragraph in paragraphs[:-1]:
            _border(paragraph, "bottom", "000000", 6)
        _border(paragraphs[-1], "bottom", "000000", 8)
        from campaigntool.render.docx_box import bottom_box

        bottom_box(anchor, [p._p for p in paragraphs], height_pt=height + 6)

    def _unnumbered_section(self) -> None:
        """End the text's section here; the next one (blank page, 版记) has empty footers."""
        from docx.enum.section import WD_SECTION

        last = self.last
        section = self.doc.add_section(WD_SECTION.NEW_PAGE)
        for footer in (section.footer, section.even_page_footer, section.first_page_footer):
            footer.is_linked_to_previous = False
        if last is not None:
            # add_section put the old section's end into a new empty paragraph; move it onto the
            # text's last paragraph so the empty one cannot spill onto a page of its own.
            holder = self.doc.paragraphs[-1]._p
            sect = holder.pPr.find(qn("w:sectPr"))
            put(ppr(last), sect)
            holder.getparent().remove(holder)
        self.pages.new_page()

    # --------------------------------------------------------- helpers

    def _paragraph(
        self,
        text: str,
        font: str | None = None,
        *,
        indent: bool = True,
        align: Any = None,
        keep_next: bool = False,
    ) -> Any:
        from docx.enum.text import WD_ALIGN_PARAGRAPH

        paragraph = self.doc.add_paragraph()
        if indent:
            paragraph.paragraph_format.first_line_indent = _pt(2 * BODY_PT)
            ind = ppr(paragraph).get_or_add_ind()
            ind.set(qn("w:firstLineChars"), "200")
        # Justified, not distributed: lines with digits end flush with the type area.
        paragraph.alignment = align if align is not None else WD_ALIGN_PARAGRAPH.JUSTIFY
        if keep_next:
            paragraph.paragraph_format.keep_with_next = True
        if text:
            self._run(paragraph, text, font or self.fonts.body, BODY_PT)
        self.last = paragraph
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

        run = paragraph.add_run(clean(text))
        _set_font(run, font, size)
        if bold:
            run.font.bold = True
        if color:
            run.font.color.rgb = RGBColor.from_string(color)
        return run

    def drop_leading_empty_paragraph(self) -> None:
        """python-docx starts a document with one empty paragraph; it would push everything down a line."""
        body = self.doc.element.body
        first = body[0]
        if first.tag == qn("w:p") and not first.xpath(".//w:t") and first.find(qn("w:pPr")) is None:
            body.remove(first)


def _pt(value: float) -> Any:
    from docx.shared import Pt

    return Pt(value)


def _set_font(target: Any, name: str, size: float) -> None:
    """Name the font for Latin, East-Asian and complex scripts alike."""
    target.font.name = name
    target.font.size = _pt(size)
    rpr = target.element.get_or_add_rPr() if hasattr(target, "element") else target._element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = put(rpr, element("w:rFonts"))
    for attribute in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attribute), name)
    # “” and other marks shared with Latin text take the East-Asian font.
    fonts.set(qn("w:hint"), "eastAsia")


def _off_grid(paragraph: Any) -> None:
    put(ppr(paragraph), element("w:snapToGrid", val="0"))


def _border(paragraph: Any, side: str, color: str, size: int, space: int = 1) -> None:
    properties = ppr(paragraph)
    borders = properties.find(qn("w:pBdr"))
    if borders is None:
        borders = put(properties, element("w:pBdr"))
    # CT_PBdr's order: top, left, bottom, right, between, bar.
    edge = element(f"w:{side}", val="single", sz=str(size), space=str(space), color=color)
    if side == "top":
        borders.insert(0, edge)
    else:
        borders.append(edge)


def _page_field(run: Any) -> None:
    """A PAGE field inside the run, so Word and LibreOffice number the pages."""
    begin, instruction, separate, text, end = (
        element("w:fldChar", fldCharType="begin"),
        element("w:instrText"),
        element("w:fldChar", fldCharType="separate"),
        element("w:t"),
        element("w:fldChar", fldCharType="end"),
    )
    instruction.set(qn("xml:space"), "preserve")
    instruction.text = " PAGE "
    text.text = "1"
    for item in (begin, instruction, separate, text, end):
        run._element.append(item)


__all__ = ["LINES", "Fonts", "docx_bytes", "docx_for_plan"]
