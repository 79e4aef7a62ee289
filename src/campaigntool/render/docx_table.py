"""The 总体日程安排 as a Word table, built in one pass (linear in the number of rows).

python-docx's `cell()` and `merge()` walk the whole table on every call, which
made a 1,000-task schedule quadratic and then overflowed its recursion; here
the table's XML is written as one string and parsed once. Rows never split
across pages, the header row repeats, the text is 小四 on exact 18 pt lines off
the body grid, and columns are as wide as their content needs. Where the page
estimate says a phase continues on a new page, its 环节 and 时间 are written
again there instead of leaving the merged cell blank.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import escape

from campaigntool.render.docx_layout import Pages, width
from campaigntool.render.docx_xml import clean

CELL_PT = 12  # 小四
CELL_LINE_PT = 18
PADDING_PT = 2.8  # left and right cell margins (56 twips): more room for the text
TYPE_AREA_PT = 156 / 25.4 * 72
#: Widest a column may grow, in characters, before its text wraps; 主要任务 takes the rest.
CAPS = {0: 4.0, 1: 5.0, 3: 8.0, 4: 9.0}
GROWING = 2  # 主要任务
MIN_GROWING = 11.0


def _natural(column: int, text: str) -> float:
    """The width a cell's text asks for: lists and ranges may wrap at 、 and 至, names may not."""
    if column in (1, 3, 4):
        parts = text.replace("至", "至\n").replace("、", "、\n").split("\n")
        return max(width(part) for part in parts)
    return width(text)


@dataclass
class _Cell:
    text: str
    rowspan: int
    continued: bool = False  # the lower part of a merged cell


def column_chars(header: list[str], rows: list[list[_Cell]]) -> list[float]:
    """Each column's width in characters: its longest text, capped; 主要任务 gets the rest."""
    total = TYPE_AREA_PT / CELL_PT - len(header) * 2 * PADDING_PT / CELL_PT
    natural = [width(text) for text in header]
    for row in rows:
        for c, cell in enumerate(row):
            if not cell.continued:
                natural[c] = max(natural[c], _natural(c, cell.text))
    chars = [min(natural[c], CAPS.get(c, natural[c])) for c in range(len(header))]
    chars = [max(value, width(header[c])) for c, value in enumerate(chars)]
    fixed = sum(value for c, value in enumerate(chars) if c != GROWING)
    if total - fixed < MIN_GROWING:  # shrink the others in proportion
        scale = (total - MIN_GROWING) / fixed
        chars = [value * scale if c != GROWING else value for c, value in enumerate(chars)]
        fixed = total - MIN_GROWING
    chars[GROWING] = total - fixed
    return chars


def _grid(rows: list[list[Any]], columns: int) -> list[list[_Cell]]:
    """The block's rows (merged cells given once with a rowspan) as a full grid."""
    grid: list[list[_Cell]] = []
    pending: dict[int, tuple[int, str]] = {}  # column -> (rows still covered, text)
    for row in rows:
        cells = iter(row)
        line: list[_Cell] = []
        for c in range(columns):
            covered, text = pending.get(c, (0, ""))
            if covered > 0:
                pending[c] = (covered - 1, text)
                line.append(_Cell(text, 1, continued=True))
                continue
            source = next(cells, None)
            if source is None:
                line.append(_Cell("", 1))
                continue
            span = max(int(source.rowspan), 1)
            if span > 1:
                pending[c] = (span - 1, source.text)
            line.append(_Cell(source.text, span))
        grid.append(line)
    return grid


def _lines(text: str, chars: float) -> int:
    # Half a character short of the column: line-breaking rules (no line starts with ）or ，)
    # may carry a character down, and a row must never need more lines than it is given.
    return max(1, math.ceil(width(text) / max(chars - 0.5, 1.0) - 1e-9))


def _row_pt(lines: int) -> float:
    return lines * CELL_LINE_PT + 2.0  # the borders


def table_xml(block: Any, fonts: Any, pages: Pages) -> Any:
    """The w:tbl element for a table block; `pages` advances past it."""
    from docx.oxml import parse_xml

    header: list[str] = list(block.header)
    columns = len(header)
    grid = _grid(list(block.rows), columns)
    chars = column_chars(header, grid)
    twips = [round((value * CELL_PT + 2 * PADDING_PT) * 20) for value in chars]
    heights = _heights(grid, chars)
    header_pt = _row_pt(max(_lines(text, chars[c]) for c, text in enumerate(header)))
    parts = [
        f'<w:tbl {_NS}><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="{sum(twips)}" w:type="dxa"/>'
        '<w:jc w:val="center"/><w:tblLayout w:type="fixed"/><w:tblCellMar>'
        f'<w:left w:w="{round(PADDING_PT * 20)}" w:type="dxa"/><w:right w:w="{round(PADDING_PT * 20)}" w:type="dxa"/>'
        "</w:tblCellMar></w:tblPr><w:tblGrid>",
        *(f'<w:gridCol w:w="{w}"/>' for w in twips),
        "</w:tblGrid>",
        _row([(_Cell(text, 1), True) for text in header], twips, fonts.heading1, header_pt, header=True),
    ]
    pages.block(header_pt)
    for r, row in enumerate(grid):
        if heights[r] > pages.left + 1e-6:
            pages.new_page()
            pages.used += header_pt  # the repeated header row
            # A phase running onto this page is named again at its top.
            follows = grid[r + 1] if r + 1 < len(grid) else None
            row = [
                _Cell(cell.text, 2 if follows is not None and follows[c].continued else 1)
                if cell.continued
                else cell
                for c, cell in enumerate(row)
            ]
            grid[r] = row
        pages.used += heights[r]
        parts.append(_row([(cell, c < 2) for c, cell in enumerate(row)], twips, fonts.body, heights[r]))
    parts.append("</w:tbl>")
    return parse_xml("".join(parts))


def _heights(grid: list[list[_Cell]], chars: list[float]) -> list[float]:
    lines = [
        max([_lines(cell.text, chars[c]) for c, cell in enumerate(row) if cell.rowspan == 1] or [1])
        for row in grid
    ]
    # A merged cell taller than its rows makes its first row taller.
    for r, row in enumerate(grid):
        for c, cell in enumerate(row):
            if cell.rowspan > 1 and not cell.continued:
                need = _lines(cell.text, chars[c]) - sum(lines[r : r + cell.rowspan])
                if need > 0:
                    lines[r] += need
    return [_row_pt(n) for n in lines]


_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _row(
    cells: list[tuple[_Cell, bool]], twips: list[int], font: str, height: float, header: bool = False
) -> str:
    # Each row is given the height the page estimate counted: at least that, so Word and
    # LibreOffice break pages where the estimate did and a repeated 环节 lands at a page's top.
    flags = f'<w:cantSplit/><w:trHeight w:val="{round(height * 20)}" w:hRule="atLeast"/>'
    if header:
        flags += "<w:tblHeader/>"
    out = [f"<w:tr><w:trPr>{flags}</w:trPr>"]
    for (cell, centred), w in zip(cells, twips, strict=True):
        merge = ""
        if cell.continued:
            merge = "<w:vMerge/>"
        elif cell.rowspan > 1:
            merge = '<w:vMerge w:val="restart"/>'
        out.append(f'<w:tc><w:tcPr><w:tcW w:w="{w}" w:type="dxa"/>{merge}<w:vAlign w:val="center"/></w:tcPr>')
        out.append(_paragraph("" if cell.continued else cell.text, font, "center" if centred else "both"))
        out.append("</w:tc>")
    out.append("</w:tr>")
    return "".join(out)


def _paragraph(text: str, font: str, align: str) -> str:
    name = escape(clean(font), {'"': "&quot;"})
    ppr = (
        '<w:pPr><w:snapToGrid w:val="0"/>'
        f'<w:spacing w:line="{CELL_LINE_PT * 20}" w:lineRule="exact"/><w:ind w:firstLine="0"/>'
        f'<w:jc w:val="{align}"/></w:pPr>'
    )
    if not text:
        return f"<w:p>{ppr}</w:p>"
    rpr = (
        f'<w:rPr><w:rFonts w:ascii="{name}" w:hAnsi="{name}" w:eastAsia="{name}" w:cs="{name}" '
        f'w:hint="eastAsia"/><w:spacing w:val="0"/><w:sz w:val="{CELL_PT * 2}"/><w:szCs w:val="{CELL_PT * 2}"/></w:rPr>'
    )
    return f'<w:p>{ppr}<w:r>{rpr}<w:t xml:space="preserve">{escape(clean(text))}</w:t></w:r></w:p>'
