"""No crash and no hang whatever the dates and sizes: years out of range, reversed periods, huge text."""

from __future__ import annotations

import random
import time
from datetime import date, timedelta
from pathlib import Path

import pytest

from campaigntool.workdays import WorkCalendar
from tests.helpers import found, run

PLAN = """\
title: 某机关关于开展某活动的实施方案
issuer: 某机关
period:
  start: {start}
  end: {end}
phases:
  - name: {phase}
    start: {start}
    end: {end}
    tasks:
      - title: {task}
        lead: 办公室
        due: {end}
units:
  - name: 办公室
"""


def _plan(
    tmp_path: Path, start: str = "2026-03", end: str = "2026-06", phase: str = "学习", task: str = "学习"
) -> Path:
    path = tmp_path / "plan.yaml"
    path.write_text(PLAN.format(start=start, end=end, phase=phase, task=task), encoding="utf-8")
    return path


@pytest.mark.parametrize("year", ["0001", "1899", "2200", "9999"])
def test_years_outside_the_range_are_invalid_dates_at_their_position(year: str) -> None:
    text = f"title: 某机关关于开展某活动的实施方案\nissuer: 某机关\ndate: {year}-12-31\n"
    assert found(text, "V") == [("V004", 3, 7)]


def test_year_out_of_range_message(tmp_path: Path) -> None:
    path = tmp_path / "plan.yaml"
    path.write_text(
        "title: 某机关关于开展某活动的实施方案\nissuer: 某机关\ndate: 9999-12\n", encoding="utf-8"
    )
    result = run("check", str(path), "--as-of", "2026-11-21", "--lang", "zh")
    assert result.exit_code == 1
    assert "3:7" in result.stdout and "年份不在 1900–2199 年之间" in result.stdout


@pytest.mark.parametrize("start,end", [("0001-01", "2026-06"), ("2026-03", "9999-12")])
def test_every_command_survives_extreme_years(start: str, end: str, tmp_path: Path) -> None:
    path = _plan(tmp_path, start, end)
    for args in (
        ("timeline", str(path)),
        ("timeline", str(path), "-f", "mermaid"),
        ("ics", str(path), "-o", str(tmp_path / "x.ics")),
        ("overdue", str(path), "--workdays"),
        ("status", str(path)),
        ("render", str(path)),
    ):
        result = run(*args) if args[0] in ("ics", "render") else run(*args, "--as-of", "2026-11-21")
        assert result.exit_code == 1, (args, result.stdout, result.stderr)
        assert "V004" in result.stderr, args
    assert run("fmt", str(path)).exit_code == 0


@pytest.mark.parametrize("value", ["9999-01", "0001-01 上旬", "2200年1月"])
def test_new_refuses_a_start_outside_the_range(value: str, tmp_path: Path) -> None:
    result = run("new", str(tmp_path / "p.yaml"), "--start", value)
    assert result.exit_code == 2 and value in result.stderr
    assert not (tmp_path / "p.yaml").exists()


def test_a_period_ending_before_it_starts_is_drawn(tmp_path: Path) -> None:
    path = _plan(tmp_path, "2026-06", "2026-03")
    for fmt in ("terminal", "mermaid"):
        result = run("timeline", str(path), "-f", fmt, "--as-of", "2026-11-21")
        assert result.exit_code == 0, result.stderr
    assert "S001" in run("check", str(path), "--as-of", "2026-11-21").stdout


def test_a_long_span_costs_nothing_per_day(tmp_path: Path) -> None:
    path = _plan(tmp_path, "1900-01", "2199-12")
    started = time.perf_counter()
    for args in (("overdue", "--workdays"), ("timeline",), ("timeline", "-f", "mermaid")):
        result = run(args[0], str(path), *args[1:], "--as-of", "2026-11-21")
        assert result.exit_code == 0, result.stderr
    assert time.perf_counter() - started < 5
    assert "1900–2003" in result.stderr  # the years without holiday data, as runs


def test_a_huge_title_is_shortened_quickly(tmp_path: Path) -> None:
    path = _plan(tmp_path, task="很长的任务" * 20_000)
    started = time.perf_counter()
    result = run("timeline", str(path), "--as-of", "2026-11-21", "--width", "80")
    assert time.perf_counter() - started < 3
    assert result.exit_code == 0
    assert all(len(line) < 200 for line in result.stdout.splitlines())
    assert "很长的任务很长…" in result.stdout


def test_mermaid_carries_plan_text_as_data_only(tmp_path: Path) -> None:
    path = _plan(tmp_path, phase="'{{ 7*7 }}'", task="'<script>alert(1)</script>; %% x # y\u2028z'")
    result = run("timeline", str(path), "-f", "mermaid", "--as-of", "2026-11-21")
    assert result.exit_code == 0
    out = result.stdout
    for raw in ("{{", "<script", "%%", "\u2028", "alert(1);"):
        assert raw not in out
    assert "section ｛｛ 7*7 ｝｝" in out
    assert "＜script＞alert(1)＜/script＞； ％％ x ＃ y z" in out


def test_working_days_are_counted_not_walked() -> None:
    calendar = WorkCalendar(closed=[date(2026, 12, 31)], opened=[date(2026, 10, 10)])
    rng = random.Random(7)
    for _ in range(500):
        start = date(2003, 6, 1) + timedelta(days=rng.randint(0, 9000))
        end = start + timedelta(days=rng.randint(-3, 500))
        walked = sum(calendar.is_workday(start + timedelta(days=i)) for i in range(1, (end - start).days + 1))
        assert calendar.workdays_after(start, end) == walked
    started = time.perf_counter()
    assert calendar.workdays_after(date(1900, 1, 1), date(2199, 12, 31)) > 70_000
    assert time.perf_counter() - started < 0.1
