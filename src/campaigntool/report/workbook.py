"""Excel workbooks the way offices exchange ledgers and 督办 lists (openpyxl).

Each sheet: a title line, Chinese headers, one row per item, wrapped text,
columns as wide as their content (Chinese counted double, long text capped
and wrapped), the header frozen and repeated on every printed page, landscape
A4 fitted to the page's width, and, where given, a column restricted to a list
of words (the ledger's state). openpyxl is imported here only.
"""

from __future__ import annotations

import io
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field

#: Widest a column grows, in Excel's character units, before its text wraps.
MAX_WIDTH = 48
MIN_WIDTH = 6


@dataclass
class Sheet:
    name: str
    title: str
    header: list[str]
    rows: Sequence[Sequence[str | int]]
    #: Column index → the only values allowed in it.
    choices: dict[int, list[str]] = field(default_factory=dict)


def text_width(text: str) -> float:
    """Display width in Excel's units: CJK and full-width characters count double."""
    return sum(2.0 if unicodedata.east_asian_width(ch) in "WF" else 1.1 for ch in text)


def column_widths(sheet: Sheet) -> list[float]:
    widths = []
    for c, head in enumerate(sheet.header):
        longest = max([text_width(head), *(text_width(str(row[c])) for row in sheet.rows if c < len(row))])
        widths.append(min(max(longest + 2, MIN_WIDTH), MAX_WIDTH))
    return widths


def sheet_name(name: str, taken: set[str]) -> str:
    """A valid, unique sheet name: at most 31 characters, none of []:*?/\\."""
    cleaned = "".join("_" if ch in "[]:*?/\\" else ch for ch in name)[:31] or "Sheet"
    unique, n = cleaned, 2
    while unique in taken:
        suffix = f"({n})"
        unique, n = cleaned[: 31 - len(suffix)] + suffix, n + 1
    taken.add(unique)
    return unique


def workbook_bytes(sheets: list[Sheet], *, font: str = "宋体") -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    book = Workbook()
    book.remove(book.active)
    thin = Side(style="thin", color="000000")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")
    taken: set[str] = set()
    for sheet in sheets:
        ws = book.create_sheet(sheet_name(sheet.name, taken))
        columns = len(sheet.header)
        last = get_column_letter(columns)
        ws.append([sheet.title])
        ws.merge_cells(f"A1:{last}1")
        ws["A1"].font = Font(name=font, size=14, bold=True)
        ws["A1"].alignment = Alignment(horizontal="center", vertical="center")
        ws.row_dimensions[1].height = 28
        ws.append(sheet.header)
        for cell in ws[2]:
            cell.font = Font(name=font, size=11, bold=True)
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            cell.fill = PatternFill("solid", fgColor="D9D9D9")
            cell.border = border
        for row in sheet.rows:
            ws.append(row)
            for cell in ws[ws.max_row]:
                cell.font = Font(name=font, size=11)
                cell.alignment = wrap
                cell.border = border
        for c, width in enumerate(column_widths(sheet), start=1):
            ws.column_dimensions[get_column_letter(c)].width = width
        ws.freeze_panes = "A3"
        ws.print_title_rows = "2:2"
        ws.page_setup.orientation = "landscape"
        ws.page_setup.paperSize = ws.PAPERSIZE_A4
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.print_options.horizontalCentered = True
        ws.auto_filter.ref = f"A2:{last}{max(ws.max_row, 2)}"
        for column, values in sheet.choices.items():
            letter = get_column_letter(column + 1)
            rule = DataValidation(
                type="list",
                formula1='"' + ",".join(values) + '"',
                allow_blank=True,
                showErrorMessage=True,
                errorTitle="完成情况",
                error="请从列表中选择：" + "、".join(values),
            )
            ws.add_data_validation(rule)
            rule.add(f"{letter}3:{letter}{max(ws.max_row, 3) + 200}")
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
