"""`check --exit-zero`, `--statistics` and `-o`, and `-o -` on every command that writes a file."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.helpers import HEADER, PLANS, REPO, run

#: Half-width punctuation throughout, silenced for the file, and one error.
COPIED = (
    "# campaign: noqa: D003 原文如此\n"
    + HEADER
    + "doc_number: 某发[2026]1号\npreamble:\n  - 为了落实,制定方案;如下。\n  - 一是(试行),二是。\n"
)
DEMO = str(PLANS / "demo-2026.yaml")


@pytest.fixture
def copied(tmp_path: Path) -> Path:
    path = tmp_path / "copied.yaml"
    path.write_text(COPIED, encoding="utf-8")
    return path


def test_exit_zero_keeps_the_report_but_not_the_failure(copied: Path) -> None:
    failing = run("check", str(copied), "--format", "concise")
    passing = run("check", str(copied), "--format", "concise", "--exit-zero")
    assert (failing.exit_code, passing.exit_code) == (1, 0)
    assert passing.stdout == failing.stdout and "D001" in passing.stdout
    assert run("check", str(copied), "--exit-zero", "--strict", "--format", "concise").exit_code == 0


def test_exit_zero_does_not_hide_usage_errors(copied: Path) -> None:
    assert run("check", str(copied), "--exit-zero", "--select", "Q999").exit_code == 2


def test_statistics_count_findings_and_suppressions_by_rule(copied: Path) -> None:
    result = run("check", str(copied), "--statistics", "--lang", "zh")
    assert result.exit_code == 1
    assert result.stdout.splitlines() == [
        "数量  noqa 关闭  代码  级别  规则",
        "   1          0  D001  错误  doc-number-form",
        "   0          5  D003  警告  half-width-punctuation",
        "共 1 个问题，另有 5 个由 noqa 关闭。",
    ]


def test_statistics_count_line_suppressions_too(tmp_path: Path) -> None:
    plan = tmp_path / "plan.yaml"
    plan.write_text(
        HEADER + "preamble:\n  - 为了落实,制定方案。  # noqa: D003\n  - 一是,二是。\n", encoding="utf-8"
    )
    result = run("check", str(plan), "--statistics")
    assert result.exit_code == 0
    assert result.stdout.splitlines() == [
        "count  silenced  code  severity  rule",
        "    1         1  D003  warning   half-width-punctuation",
        "1 problems, and 1 silenced by noqa.",
    ]


def test_statistics_as_json(copied: Path) -> None:
    result = run("check", str(copied), "--statistics", "--format", "json")
    assert json.loads(result.stdout) == [
        {"code": "D001", "rule": "doc-number-form", "severity": "error", "count": 1, "suppressed": 0},
        {
            "code": "D003",
            "rule": "half-width-punctuation",
            "severity": "warning",
            "count": 0,
            "suppressed": 5,
        },
    ]


def test_statistics_of_a_clean_run(tmp_path: Path) -> None:
    plan = tmp_path / "plan.yaml"
    plan.write_text(HEADER, encoding="utf-8")
    assert run("check", str(plan), "--statistics").stdout == "no problems found.\n"
    assert run("check", str(plan), "--statistics", "-q").stdout == ""


@pytest.mark.parametrize("fmt", ["text", "concise", "json", "sarif"])
def test_check_writes_its_report_to_a_file(copied: Path, tmp_path: Path, fmt: str) -> None:
    target = tmp_path / "report.out"
    on_screen = run("check", str(copied), "--format", fmt)
    to_file = run("check", str(copied), "--format", fmt, "-o", str(target))
    assert to_file.exit_code == on_screen.exit_code == 1
    assert to_file.stdout == ""
    assert to_file.stderr == f"wrote {target}\n"
    assert target.read_text(encoding="utf-8") == on_screen.stdout


def test_check_output_to_a_folder_that_does_not_exist_is_a_usage_error(copied: Path, tmp_path: Path) -> None:
    result = run("check", str(copied), "-o", str(tmp_path / "missing" / "report.txt"))
    assert result.exit_code == 2
    assert result.stderr.startswith("cannot write")


@pytest.mark.parametrize(
    "args",
    [
        ["check", DEMO, "--format", "json", "--as-of", "2026-11-21"],
        ["overdue", DEMO, "--format", "csv", "--as-of", "2026-11-21"],
        ["render", DEMO, "--format", "md"],
        ["schema"],
        ["report", DEMO, "--as-of", "2026-11-21"],
    ],
    ids=lambda args: args[0],
)
def test_dash_output_is_standard_output(args: list[str], tmp_path: Path) -> None:
    plain = run(*args)
    dashed = run(*args, "-o", "-")
    assert dashed.exit_code == plain.exit_code
    assert dashed.stdout == plain.stdout != ""
    assert "wrote" not in dashed.stderr
    assert not (tmp_path / "-").exists() and not Path("-").exists()


def test_dash_output_carries_bytes_for_calendars_and_word(tmp_path: Path) -> None:
    calendar = run("ics", DEMO, "-o", "-")
    assert calendar.exit_code == 0
    assert calendar.stdout_bytes.startswith(b"BEGIN:VCALENDAR")
    run("ics", DEMO, "-o", str(tmp_path / "a.ics"))
    assert _timeless(calendar.stdout_bytes) == _timeless((tmp_path / "a.ics").read_bytes())
    word = run("render", DEMO, "--format", "docx", "-o", "-")
    assert word.exit_code == 0
    assert word.stdout_bytes.startswith(b"PK\x03\x04")


def _timeless(calendar: bytes) -> list[bytes]:
    """A calendar's lines without those that depend on the moment of export."""
    return [line for line in calendar.splitlines() if not line.startswith((b"DTSTAMP", b"SEQUENCE"))]


def test_dash_output_for_the_ledger_and_an_import(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ledger = run("ledger", DEMO, "-f", "csv", "-o", "-")
    assert ledger.exit_code == 0 and ledger.stdout.lstrip("\ufeff").startswith("序号,问题")
    source = tmp_path / "方案.txt"
    shutil.copy(REPO / "tests" / "fixtures" / "seeds" / "000_af935f686f080961.txt", source)
    monkeypatch.chdir(tmp_path)
    imported = run("import", str(source), "-o", "-")
    assert imported.stdout.startswith("# yaml-language-server: $schema=campaign.schema.json\n")
    assert imported.exit_code == 0
    assert "\ntitle: 辽宁省总工会关于深入开展党的群众路线教育实践活动的实施方案\n" in imported.stdout
    assert sorted(path.name for path in tmp_path.iterdir()) == ["方案.txt"]  # no schema, no file "-"
