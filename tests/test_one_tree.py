"""One plan, one truth: each fact is written once, and every output follows it."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest
from icalendar import Calendar
from ruamel.yaml import YAML

from campaigntool.rules import ALL
from tests.helpers import HEADER, PLANS, found, run

DEMO = PLANS / "demo-2026.yaml"


def moved(tmp_path: Path, plan: Path, old: str, new: str) -> Path:
    """A copy of a shipped plan with one line changed."""
    text = plan.read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    target = tmp_path / plan.name
    target.write_text(text.replace(old, new), encoding="utf-8")
    return target


def test_one_phase_end_changes_every_output(tmp_path: Path) -> None:
    # 整改提质 ends 2026-11 中旬; its last task states no deadline of its own.
    plan = moved(
        tmp_path,
        DEMO,
        "start: 2026-07 上旬\n        end: 2026-11 中旬",
        "start: 2026-07 上旬\n        end: 2026-11 下旬",
    )
    as_of = "2026-11-21"
    before = {
        "text": run("render", str(DEMO)).stdout,
        "schedule": run("render", str(DEMO), "--part", "schedule").stdout,
    }
    text = run("render", str(plan)).stdout
    assert "（三）整改提质（7月上旬至11月中旬）" in before["text"]
    assert "（三）整改提质（7月上旬至11月下旬）" in text
    schedule = run("render", str(plan), "--part", "schedule").stdout
    assert "【整改提质】7月上旬至11月中旬" in before["schedule"]
    assert "【整改提质】7月上旬至11月下旬" in schedule

    def overdue_ids(path: Path) -> list[str]:
        rows = json.loads(run("overdue", str(path), "--as-of", as_of, "--format", "json").stdout)["rows"]
        return [r["task_id"] for r in rows if r["group"] == "overdue"]

    assert "legal-aid" in overdue_ids(DEMO)
    assert "legal-aid" not in overdue_ids(plan)

    def gantt(path: Path) -> str:
        return run("timeline", str(path), "--format", "mermaid", "--as-of", as_of).stdout

    assert "t_legal_aid, 2026-07-01, 2026-11-21" in gantt(DEMO)
    assert "t_legal_aid, 2026-07-01, 2026-12-01" in gantt(plan)

    def phase_end(path: Path) -> date:
        target = tmp_path / "out.ics"
        assert run("ics", str(path), "-o", str(target)).exit_code == 0
        events = {str(e["uid"]): e for e in Calendar.from_ical(target.read_bytes()).walk("VEVENT")}
        value: date = events["demo-2026.improve@campaigntool"].decoded("dtend")
        return value

    assert phase_end(DEMO) == date(2026, 11, 21)
    assert phase_end(plan) == date(2026, 12, 1)
    assert run("check", str(plan), "--as-of", as_of).exit_code == 0


def test_moving_a_phase_makes_the_prose_contradict_it(tmp_path: Path) -> None:
    plan = moved(
        tmp_path,
        PLANS / "liaoning-2013-mass-line.yaml",
        "start: 2013-10 中旬\n        end: 2013-11 中旬",
        "start: 2013-10 中旬\n        end: 2013-12 上旬",
    )
    result = run("check", str(plan), "--format", "json", "--as-of", "2026-11-21")
    assert result.exit_code == 1
    [problem] = json.loads(result.stdout)["diagnostics"]
    assert (problem["code"], problem["line"], problem["column"], problem["end_column"]) == (
        "C001",
        51,
        24,
        34,
    )


def test_each_phase_and_group_member_is_written_once() -> None:
    yaml = YAML(typ="safe")
    for path in sorted(PLANS.glob("*.yaml")):
        text = path.read_text(encoding="utf-8")
        data = yaml.load(text)
        sections = [s for s in _sections(data.get("body", [])) if "phase" in s]
        phases = sections + list(data.get("phases", []))
        assert phases, path
        for phase in phases:
            name = phase.get("phase") or phase["name"]
            assert text.count(name) == 1, (path.name, name)
            start, end = str(phase["start"]), str(phase["end"])
            assert len(re.findall(rf"start: {start}\n\s+end: {end}\n", text)) == 1, (path.name, name)
            zh = _chinese(start) + "至" + _chinese(end)
            assert zh not in text, (path.name, zh)
        group = data.get("leading_group")
        if group is None:
            continue
        members = [group.get("head"), *group.get("deputy_heads", []), *group.get("members", [])]
        for name in filter(None, members):
            assert text.count("任组长") == 0 and text.count("任副组长") == 0, path.name
            assert sum(1 for line in text.splitlines() if line.strip().startswith("- name: " + name)) == 1


def _sections(items: list[dict[str, object]]) -> list[dict[str, object]]:
    found_: list[dict[str, object]] = []
    for item in items:
        found_.append(item)
        found_ += _sections(item.get("sections", []))  # type: ignore[arg-type]
    return found_


def _chinese(value: str) -> str:
    month, _, part = value.split("-", 1)[1].partition(" ")
    return f"{int(month)}月{part}"


MASS_LINE_GROUP = (
    "省总成立党的群众路线教育实践活动领导小组。省委常委、省总工会主席、党组书记赵国红任组长，"
    "省总党组副书记、副主席史桂茹、刘野任副组长，成员由党组成员组成。领导小组下设办公室，"
    "办公室主任由刘野同志兼任，办公室副主任兼联络员由机关党委专职副书记白岚担任。"
)


def test_the_leading_group_in_both_forms_from_one_set_of_data(tmp_path: Path) -> None:
    source = PLANS / "liaoning-2013-mass-line.yaml"
    prose = run("render", str(source)).stdout
    assert MASS_LINE_GROUP in prose.replace("\n", "")
    plan = moved(
        tmp_path, source, "- use: leading_group\n", "- use: leading_group\n            form: roster\n"
    )
    roster = run("render", str(plan)).stdout
    assert "组　长：赵国红（省委常委、省总工会主席、党组书记）" in roster
    assert "副组长：史桂茹（省总党组副书记、副主席）、刘野（省总党组副书记、副主席）" in roster
    assert "办公室主任：刘野" in roster and "联络员：白岚（机关党委专职副书记）" in roster
    assert "任组长" not in roster


NUMBERED = (
    HEADER
    + """\
style:
  numbering: [一、, (一), 1、, (1)]
body:
  - heading: 总体要求
    sections:
      - heading: 指导思想
        sections:
          - heading: 学习
            sections:
              - heading: 自学
      - heading: 基本原则
        number: （二）
  - heading: 方法步骤
"""
)


def test_the_numbering_scheme_is_set_once(tmp_path: Path) -> None:
    plan = tmp_path / "plan.yaml"
    plan.write_text(NUMBERED, encoding="utf-8")
    text = run("render", str(plan), "--part", "plan").stdout
    assert [line.strip("　") for line in text.splitlines() if line.startswith("　　")] == [
        "一、总体要求",
        "(一)指导思想",
        "1、学习",
        "(1)自学",
        "（二）基本原则",
        "二、方法步骤",
    ]


def test_a_number_format_without_a_numeral_is_reported() -> None:
    assert found(NUMBERED.replace("1、", "第一条"), "V") == []
    assert found(NUMBERED.replace("1、", "甲"), "V") == [("V005", 4, 24)]


def test_phase_headings_follow_the_document_style(tmp_path: Path) -> None:
    plan = tmp_path / "plan.yaml"
    plan.write_text(
        HEADER
        + """\
date: 2008-09-01
style:
  date_separator: "-"
  date_brackets: ()
body:
  - phase: 学习调研阶段
    start: 2008-09 下旬
    end: 2008-11 中旬
  - phase: 整改落实阶段
    start: 2008-12 中旬
    end: 2009-02 上旬
  - phase: 总结阶段
    start: 2009-02 中旬
    end: 2009-02 下旬
    dates: false
""",
        encoding="utf-8",
    )
    text = run("render", str(plan), "--part", "plan").stdout
    assert "一、学习调研阶段(9月下旬-11月中旬)" in text
    assert "二、整改落实阶段(12月中旬-2009年2月上旬)" in text
    assert "三、总结阶段\n" in text


@pytest.mark.parametrize("rule", ALL, ids=lambda rule: rule.code)
def test_every_rule_is_documented_in_four_parts_in_both_languages(rule: type) -> None:
    zh = run("rule", rule.code, "--lang", "zh").stdout  # type: ignore[attr-defined]
    en = run("rule", rule.code, "--lang", "en").stdout  # type: ignore[attr-defined]
    for part in ("检查什么", "为什么", "示例", "改为"):
        assert part in zh, (rule, part)
    for part in ("What it checks", "Why", "Example", "Use instead"):
        assert part in en, (rule, part)


ELEMENTS = (
    HEADER
    + """\
date: 2008-09-01
signature: ""
style:
  title_line: false
notice:
  recipients: [各单位]
  imprint:
    keywords: [工会, 方案, 通知]
    cc: [省委办公厅]
body:
  - heading: 方法步骤
    content:
      - 分两步进行。
    sections:
      - heading: 学习
      - heading: 整改
    closing:
      - 各单位要抓好落实。
  - heading: 工作要求
imprint:
  printer: 某机关办公室
  print_date: 2008-09-01
"""
)


def test_elements_of_real_documents_the_old_format_could_not_hold(tmp_path: Path) -> None:
    plan = tmp_path / "plan.yaml"
    plan.write_text(ELEMENTS, encoding="utf-8")
    text = run("render", str(plan)).stdout
    notice, _, rest = text.partition("主题词：工会　方案　通知")
    assert "关于印发" in notice and "抄送：省委办公厅。" in rest.split("一、方法步骤")[0]
    plan_text = rest.split("抄送：省委办公厅。", 1)[1]
    # No title line before the text, no signature after it; the date stays.
    assert plan_text.lstrip("─\n").lstrip().startswith("一、方法步骤")
    assert "某机关\n" not in plan_text.split("二、工作要求")[1]
    assert "2008年9月1日" in plan_text
    # The closing paragraph comes after the subsections, before the next section.
    assert (
        plan_text.index("（二）整改")
        < plan_text.index("各单位要抓好落实。")
        < plan_text.index("二、工作要求")
    )
