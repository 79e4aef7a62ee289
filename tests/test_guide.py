"""The Chinese guide stays true: its generated parts match the tool, its steps work."""

from __future__ import annotations

from pathlib import Path

from campaigntool.guide import update
from campaigntool.rules import ALL
from tests.helpers import REPO, run

GUIDE = REPO / "docs" / "guide.zh-CN.md"


def test_generated_parts_are_up_to_date() -> None:
    text = GUIDE.read_text(encoding="utf-8")
    assert update(text) == text, "run: python -m campaigntool.guide docs/guide.zh-CN.md"


def test_every_rule_and_command_is_in_the_guide() -> None:
    text = GUIDE.read_text(encoding="utf-8")
    for rule in ALL:
        assert f"### {rule.code} " in text
    for command in (
        "check",
        "rule",
        "render",
        "overdue",
        "status",
        "timeline",
        "ics",
        "new",
        "fmt",
        "schema",
    ):
        assert f"`campaign {command}" in text, command


def test_the_five_steps_of_the_guide(tmp_path: Path) -> None:
    """Step by step as the guide tells a new user: new, fill in, check, fix, render."""
    plan = tmp_path / "plans" / "2027-作风建设.yaml"
    assert (
        run(
            "new", str(plan), "--org", "某市总工会", "--start", "2027-03 上旬", "--end", "2027-08 下旬"
        ).exit_code
        == 0
    )
    text = plan.read_text(encoding="utf-8")
    filled = text.replace("【组长姓名】", "王建华").replace("【活动名称】", "作风建设年活动")
    # A typical slip while filling in: a unit written the way it is said, not as defined.
    slipped = filled.replace("        lead: 办公室\n", "        lead: 办公厅\n", 1)
    plan.write_text(slipped, encoding="utf-8")
    checked = run("check", str(plan), "--lang", "zh", "--as-of", "2027-01-04")
    assert checked.exit_code == 1
    assert "R002  “办公厅”未在 units 或 people 中定义" in checked.stdout
    assert "= 修改：是否应为“办公室”？" in checked.stdout
    plan.write_text(filled, encoding="utf-8")
    assert run("check", str(plan), "--as-of", "2027-01-04").exit_code == 0
    target = tmp_path / "作风建设方案.docx"
    rendered = run("render", str(plan), "-f", "docx", "-o", str(target))
    assert rendered.exit_code == 0 and target.stat().st_size > 10_000
    text_output = run("render", str(plan)).stdout
    assert (
        "作风建设年活动领导小组" in run("render", str(plan), "--part", "plan").stdout
        or "作风建设年活动" in text_output
    )
