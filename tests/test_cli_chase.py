"""`campaign overdue` and `status` for the office that chases: recurring duties, 长期坚持,
units, several plans, Chinese CSV, narrow terminals, and the 督办 list in Word and Excel."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

from tests.helpers import REPO, run

BRANCHES = str(REPO / "tests" / "fixtures" / "branches")
FIRST = str(REPO / "tests" / "fixtures" / "branches" / "first.yaml")
AS_OF = ("--as-of", "2026-10-09")


def overdue_json(*options: str) -> dict[str, Any]:
    result = run("overdue", *options, "--format", "json", *AS_OF)
    assert result.exit_code == 0, result.stderr
    document: dict[str, Any] = json.loads(result.stdout)
    return document


def test_a_monthly_duty_is_overdue_occurrence_by_occurrence() -> None:
    rows = overdue_json(FIRST)["rows"]
    monthly = [(r["due_date"], r["days"]) for r in rows if r["task_id"] == "monthly"]
    # March to May were reported; 28 June 2026 is a Sunday: the deadline moves to Friday 26 June.
    assert sorted(monthly) == [
        ("2026-06-26", 105),
        ("2026-07-28", 73),
        ("2026-08-28", 42),
        ("2026-09-28", 11),
    ]


def test_holiday_roll_back_can_be_turned_off(tmp_path: Path) -> None:
    config = tmp_path / "campaign.toml"
    config.write_text('[calendar]\ndeadline_on_holiday = "keep"\n', encoding="utf-8")
    rows = overdue_json(FIRST, "--config", str(config))["rows"]
    assert "2026-06-28" in [r["due_date"] for r in rows if r["task_id"] == "monthly"]


def test_ongoing_items_are_listed_for_review_and_never_overdue() -> None:
    document = overdue_json(BRANCHES)
    assert [r["task"] for r in document["ongoing"]] == ["领导干部联系基层", "整改任务2：联系职工不够经常"]
    assert "contact" not in [r["task_id"] for r in document["rows"]]


def test_by_unit_rolls_people_up_and_lists_an_item_under_each_lead_unit() -> None:
    result = run("overdue", BRANCHES, "--by", "unit", "--lang", "zh", *AS_OF)
    assert result.exit_code == 0
    assert "办公室：6 项" in result.stdout  # four months, 刘洋's task and the shared item
    assert "组织部：1 项" in result.stdout
    assert "刘洋：" not in result.stdout


def test_a_plan_column_appears_with_several_plans() -> None:
    several = run("overdue", BRANCHES, "--lang", "zh", *AS_OF).stdout
    one = run("overdue", FIRST, "--lang", "zh", *AS_OF).stdout
    assert "方案" in several and "第二支部" in several
    assert "方案" not in one


def test_csv_has_chinese_headers_under_lang_zh() -> None:
    result = run("overdue", BRANCHES, "--format", "csv", "--lang", "zh", *AS_OF)
    table = list(csv.reader(io.StringIO(result.stdout)))
    assert table[0][:6] == ["类别", "方案", "文件", "环节", "编号", "任务"]
    assert table[1][0] == "逾期"
    english = run("overdue", BRANCHES, "--format", "csv", *AS_OF).stdout
    assert english.startswith("group,plan,path")


def test_long_task_names_wrap_whole_at_any_width() -> None:
    name = "修订完善机关内部管理制度，形成制度汇编并印发全体干部职工遵照执行"
    for columns in ("40", "60", "100", "200"):
        result = run("overdue", FIRST, "--lang", "zh", *AS_OF, env={"COLUMNS": columns})
        assert result.exit_code == 0
        lines = result.stdout.splitlines()
        # In a table, the task column's pieces; on a narrow terminal, the lines themselves.
        cells = [line.split("│")[2] for line in lines if line.count("│") > 3]
        text = "".join(cells or lines).replace(" ", "")
        assert name in text, columns
        assert max(len(line) for line in result.stdout.splitlines()) <= int(columns)


def test_the_word_list_has_one_section_per_unit(tmp_path: Path) -> None:
    from docx import Document

    output = tmp_path / "督办.docx"
    result = run("overdue", BRANCHES, "--by", "unit", "-f", "docx", "-o", str(output), *AS_OF)
    assert result.exit_code == 0, result.stderr
    doc = Document(str(output))
    texts = [p.text for p in doc.paragraphs]
    assert texts[0] == "逾期任务督办清单"
    assert "一、办公室（6项）" in texts and "二、组织部（1项）" in texts
    [office, department] = doc.tables
    assert [c.text for c in office.rows[0].cells] == [
        "序号",
        "方案",
        "任务",
        "牵头",
        "配合",
        "时限",
        "逾期天数",
    ]
    assert len(office.rows) == 7 and len(department.rows) == 2
    header = office.rows[0]._tr.trPr
    assert header is not None and header.xpath("./w:tblHeader")
    section = doc.sections[0]
    assert (section.page_width or 0) > (section.page_height or 0)  # landscape


def test_the_excel_list_has_a_summary_and_a_sheet_per_unit(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    output = tmp_path / "督办.xlsx"
    assert run("overdue", BRANCHES, "-f", "xlsx", "-o", str(output), *AS_OF).exit_code == 0
    book = load_workbook(output)
    assert book.sheetnames == ["汇总", "办公室", "组织部"]
    summary = book["汇总"]
    assert [c.value for c in summary[3]] == [1, "办公室", 6, 105]
    office = book["办公室"]
    assert office.freeze_panes == "A3"
    assert office.print_title_rows == "$2:$2"
    assert office.page_setup.orientation == "landscape"


def test_docx_and_xlsx_need_an_output_file() -> None:
    assert run("overdue", BRANCHES, "-f", "docx", *AS_OF).exit_code == 2


def test_status_across_a_folder_of_plans_by_plan_and_by_unit() -> None:
    result = run("status", BRANCHES, "--format", "json", *AS_OF)
    assert result.exit_code == 0
    rollup = json.loads(result.stdout)["all"]
    assert [(p["name"], p["total"], p["overdue"]) for p in rollup["plans"]] == [
        ("第一支部", 3, 2),
        ("第二支部", 2, 1),
    ]
    assert [(u["name"], u["total"], u["overdue"]) for u in rollup["units"]] == [
        ("办公室", 3, 3),
        ("组织部", 3, 1),
    ]
    table = run("status", BRANCHES, "--lang", "zh", *AS_OF).stdout
    assert "全部方案" in table and "按方案" in table
