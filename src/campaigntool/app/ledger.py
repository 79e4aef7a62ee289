"""`campaign ledger`: the rectification ledger of one or more plans as Excel, CSV or Word."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path

from campaigntool.app.sources import load_plans
from campaigntool.diagnostics import CheckResult
from campaigntool.i18n import Text

FORMATS = ("xlsx", "csv", "docx")


@dataclass
class LedgerResult:
    findings: CheckResult
    data: bytes | None = None
    items: int = 0
    notices: list[Text] = field(default_factory=list)


def ledger(paths: list[Path], output_format: str) -> LedgerResult:
    """The ledger's bytes in the format asked; plans that do not load are findings."""
    from campaigntool import ledger as table

    loaded = load_plans(paths)
    plans = loaded.plans
    several = len(plans) > 1
    rows = table.rows(plans)
    result = LedgerResult(loaded.findings, items=len(rows), notices=loaded.notices)
    header = table.header(several)
    if output_format == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)
        result.data = ("\ufeff" + buffer.getvalue()).encode("utf-8")
    elif output_format == "docx":
        from campaigntool.report.word_table import TableDocument, TableSection, docx_table_bytes

        section = TableSection("", header, rows)
        result.data = docx_table_bytes(TableDocument(table.title(plans), [section]))
    else:
        from campaigntool.model import STATES
        from campaigntool.report.workbook import Sheet, workbook_bytes

        # 序号 as a number, so that Excel sorts it and does not flag numbers stored as text.
        number = header.index("序号")
        cells = [[int(c) if i == number and c.isdigit() else c for i, c in enumerate(row)] for row in rows]
        choices: dict[int, list[str]] = {table.state_column(several): list(STATES)}
        sheet = Sheet("整改台账", table.title(plans), header, cells, choices)
        result.data = workbook_bytes([sheet])
    return result
