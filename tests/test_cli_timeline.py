from collections.abc import Callable

from tests.helpers import PLANS, run


def test_mermaid_gantt_is_stable(golden: Callable[[str, str], None]) -> None:
    result = run("timeline", str(PLANS / "demo-2026.yaml"), "--format", "mermaid", "--as-of", "2026-11-21")
    assert result.exit_code == 0
    golden("demo-2026.mmd", result.stdout)


def test_mermaid_marks_status_and_excludes_holidays() -> None:
    text = run(
        "timeline", str(PLANS / "demo-2026.yaml"), "--format", "mermaid", "--as-of", "2026-11-21"
    ).stdout
    assert "    section 整改提质" in text
    assert "推进职工服务阵地标准化建设 :crit, t_service-stations," not in text  # ids are sanitised
    assert "推进职工服务阵地标准化建设 :crit, t_service_stations, 2026-07-11, 2026-11-01" in text
    assert "印发提质年活动实施方案 :done, t_issue_plan, 2026-03-01, 2026-03-11" in text
    assert "领导小组听取各牵头部门进展汇报 :milestone, t_progress_meeting, 2026-11-25, 0d" in text
    assert "2026-10-01" in text.split("excludes weekends\n")[1].splitlines()[0]
    assert "includes 2026-09-20" in text or "includes" in text


def test_terminal_timeline_aligns_chinese_labels_at_a_fixed_width() -> None:
    result = run(
        "timeline", str(PLANS / "demo-2026.yaml"), "--as-of", "2026-11-21", "--width", "100", "--lang", "zh"
    )
    assert result.exit_code == 0
    from rich.cells import cell_len

    lines = [line for line in result.stdout.splitlines() if line.strip()]
    bars = lines[1:-1]  # between the month axis and the legend: one row per phase and task
    assert len(bars) == 4 + 19
    assert {cell_len(line.rstrip()) <= 100 for line in bars} == {True}
    starts = {cell_len(line.split("  ")[0]) for line in bars if line.startswith("动员部署")}
    assert starts == {8}
    assert any("✗" in line for line in bars) and lines[-1].startswith("| 11月21日")
