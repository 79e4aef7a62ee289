"""`campaign ledger`: the demo's rectification ledger read back from Excel, CSV and Word."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from tests.helpers import PLANS, REPO, run

DEMO = str(PLANS / "demo-2026.yaml")
HEADER = ["序号", "问题", "整改措施", "整改目标", "责任领导", "牵头单位", "责任单位", "配合单位"]


def test_the_workbook_reads_back(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    output = tmp_path / "台账.xlsx"
    result = run("ledger", DEMO, "-o", str(output))
    assert result.exit_code == 0, result.stderr
    book = load_workbook(output)
    assert book.sheetnames == ["整改台账"]
    sheet = book["整改台账"]
    assert sheet["A1"].value == "提质年活动整改任务台账"
    header = [c.value for c in sheet[2]]
    assert header[:8] == HEADER and header[8:] == ["完成时限", "完成情况", "销号日期", "佐证材料"]
    rows = [[c.value for c in row] for row in sheet.iter_rows(min_row=3)]
    assert len(rows) == 18
    assert rows[0][:2] == [1, "领导班子成员联系服务职工不够经常，下基层调研时间偏少"]
    assert rows[0][2] == "1.领导班子成员每人建立1个区县、2家企业基层联系点\n2.每季度到联系点走访不少于1次"
    assert rows[1][8] == "立行立改" and rows[3][8] == "12月底前"
    assert rows[16][5:7] == ["组织部", "组织部"]  # 无牵头单位的，责任单位即为牵头单位
    assert [r[9] for r in rows].count("已完成") == 14
    assert sheet["B3"].alignment.wrap_text
    assert sheet.freeze_panes == "A3"
    assert sheet.print_title_rows == "$2:$2"
    assert sheet.page_setup.orientation == "landscape"
    assert sheet.page_setup.paperSize == 9  # A4
    assert 20 < (sheet.column_dimensions["B"].width or 0) <= 48 < 50
    [validation] = sheet.data_validations.dataValidation
    assert validation.formula1 == '"已完成,正在推进,长期坚持,需调整完善"'
    assert str(validation.sqref).startswith("J3:J")


def test_csv_and_word(tmp_path: Path) -> None:
    from docx import Document

    output = tmp_path / "台账.csv"
    assert run("ledger", DEMO, "-o", str(output)).exit_code == 0
    table = list(csv.reader(io.StringIO(output.read_text(encoding="utf-8-sig"))))
    assert table[0][:8] == HEADER and len(table) == 19
    word = tmp_path / "台账.docx"
    assert run("ledger", DEMO, "-f", "docx", "-o", str(word)).exit_code == 0
    doc = Document(str(word))
    [sheet] = doc.tables
    assert [c.text for c in sheet.rows[0].cells][:8] == HEADER and len(sheet.rows) == 19
    section = doc.sections[0]
    assert (section.page_width or 0) > (section.page_height or 0)


def test_several_plans_get_a_plan_column(tmp_path: Path) -> None:
    output = tmp_path / "台账.csv"
    folder = str(REPO / "tests" / "fixtures" / "branches")
    assert run("ledger", folder, DEMO, "-o", str(output)).exit_code == 0
    table = list(csv.reader(io.StringIO(output.read_text(encoding="utf-8-sig"))))
    assert table[0][0] == "方案" and {row[0] for row in table[1:]} == {"第二支部", "提质年活动"}
