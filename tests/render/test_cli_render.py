"""`campaign render`: parts, errors, atomic writes."""

from __future__ import annotations

import os
from pathlib import Path

from tests.helpers import HEADER, PLANS, run

FOUR = str(PLANS / "liaoning-2013-four-services.yaml")


def test_all_is_the_notice_then_the_plan_then_the_imprint() -> None:
    text = run("render", FOUR).stdout
    doc_number = text.index("辽工党发〔2013〕18号")
    notice = text.index(
        "中共辽宁省总工会党组关于印发《辽宁省总工会关于开展“机关转作风、为民四服务”实践活动的实施方案》的通知"
    )
    recipients = text.index("省总机关各部门，各直属事业单位：")
    plan = text.index("\n辽宁省总工会关于开展“机关转作风、为民四服务”实践活动的实施方案")
    imprint = text.index("抄送：省委教育实践活动领导小组办公室，省委第九督导组。")
    assert doc_number < notice < recipients < plan < imprint
    assert text.rstrip().splitlines()[-2].strip().endswith("2013年7月22日印发")


def test_parts_render_one_piece() -> None:
    notice = run("render", FOUR, "--part", "notice").stdout
    assert "的通知" in notice and "一、总体要求" not in notice and "抄送" in notice
    plan = run("render", FOUR, "--part", "plan").stdout
    assert "的通知" not in plan and "一、总体要求" in plan and "抄送" not in plan
    schedule = run(
        "render", str(PLANS / "liaoning-2013-mass-line.yaml"), "--part", "schedule", "--format", "md"
    ).stdout
    assert schedule.startswith("# 省总工会教育实践活动总体日程安排")
    assert "| 环节 | 时间 | 主要任务 | 牵头 | 配合 |" in schedule


def test_plan_with_errors_is_not_rendered_unless_forced(tmp_path: Path) -> None:
    plan = tmp_path / "plan.yaml"
    plan.write_text(HEADER + "doc_number: 某发[2026]1号\n", encoding="utf-8")
    refused = run("render", str(plan))
    assert refused.exit_code == 1 and refused.stdout == ""
    assert "D001" in refused.stderr
    forced = run("render", str(plan), "--force")
    assert forced.exit_code == 0 and "某发[2026]1号" in forced.stdout


def test_unreadable_plan_is_not_rendered_even_when_forced(tmp_path: Path) -> None:
    plan = tmp_path / "plan.yaml"
    plan.write_text("title: [\n", encoding="utf-8")
    result = run("render", str(plan), "--force")
    assert result.exit_code == 1 and "Y002" in result.stderr


def test_docx_needs_an_output_file() -> None:
    result = run("render", FOUR, "--format", "docx")
    assert result.exit_code == 2


def test_failed_render_leaves_the_old_file_untouched(tmp_path: Path) -> None:
    target = tmp_path / "plan.txt"
    target.write_text("上一版", encoding="utf-8")
    template = tmp_path / "bad.txt.j2"
    template.write_text("{{ nothing_here }}", encoding="utf-8")
    result = run("render", FOUR, "--template", str(template), "-o", str(target))
    assert result.exit_code == 2
    assert target.read_text(encoding="utf-8") == "上一版"
    assert sorted(os.listdir(tmp_path)) == ["bad.txt.j2", "plan.txt"]


def test_output_file_is_written_whole(tmp_path: Path) -> None:
    target = tmp_path / "plan.html"
    result = run("render", FOUR, "--format", "html", "-o", str(target))
    assert result.exit_code == 0
    html = target.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and html.rstrip().endswith("</html>")
    assert sorted(os.listdir(tmp_path)) == ["plan.html"]


def test_a_folder_is_not_a_plan() -> None:
    result = run("render", str(PLANS))
    assert result.exit_code == 2
    assert "is a folder" in result.stderr


def test_render_warns_when_not_ready_to_issue_and_refuses_under_strict(tmp_path: Path) -> None:
    plan = tmp_path / "plan.yaml"
    plan.write_text("title: 某市总工会关于开展【活动名称】的实施方案\nissuer: 某市总工会\n", encoding="utf-8")
    result = run("render", str(plan))
    assert result.exit_code == 0
    assert f"{plan}:1:17: warning P001" in result.stderr and f"{plan}:1:1: warning P002" in result.stderr
    strict = run("render", str(plan), "--strict")
    assert strict.exit_code == 1 and strict.stdout == ""


def test_notice_part_of_a_plan_without_notice_is_an_error(tmp_path: Path) -> None:
    target = tmp_path / "notice.docx"
    result = run(
        "render",
        str(PLANS / "liaoning-2013-mass-line.yaml"),
        "--part",
        "notice",
        "-f",
        "docx",
        "-o",
        str(target),
    )
    assert result.exit_code == 1
    assert "no notice" in result.stderr and not target.exists()
