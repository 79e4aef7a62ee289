"""`-` as a path: check and fmt read a plan from standard input, as editors and scripts pass it."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import HEADER, run

WARNED = HEADER + "preamble:\n  - 为了落实,制定方案。\n"
UNTIDY = "issuer: 某机关\ntitle:   某机关关于开展某活动的实施方案\n"
TIDY = "title: 某机关关于开展某活动的实施方案\nissuer: 某机关\n"


def test_check_reads_standard_input_and_reports_it_under_its_filename() -> None:
    named = run("check", "-", "--stdin-filename", "plans/x.yaml", "--format", "concise", input=WARNED)
    assert named.exit_code == 0
    assert named.stdout == "plans/x.yaml:4:9: warning D003 half-width ',' in Chinese text\n"
    unnamed = run("check", "-", "--format", "concise", input=WARNED)
    assert unnamed.stdout == "-:4:9: warning D003 half-width ',' in Chinese text\n"


def test_a_stdin_filename_alone_reads_standard_input() -> None:
    result = run("check", "--stdin-filename", "plans/x.yaml", "--format", "concise", input=WARNED)
    assert result.stdout.startswith("plans/x.yaml:4:9: warning D003")


def test_errors_on_standard_input_fail_the_run() -> None:
    broken = HEADER + "doc_number: 某发[2026]1号\n"
    result = run("check", "-", "--format", "concise", input=broken)
    assert result.exit_code == 1
    assert result.stdout.startswith("-:3:15: error D001")


def test_standard_input_uses_the_configuration_beside_its_filename(tmp_path: Path) -> None:
    (tmp_path / "campaign.toml").write_text('[check]\nignore = ["D003"]\n', encoding="utf-8")
    name = str(tmp_path / "plans" / "x.yaml")
    beside = run("check", "-", "--stdin-filename", name, "--format", "concise", input=WARNED)
    assert beside.exit_code == 0 and beside.stdout == ""
    elsewhere = run("check", "-", "--format", "concise", input=WARNED)
    assert "D003" in elsewhere.stdout


def test_standard_input_and_files_together(tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text(WARNED, encoding="utf-8")
    result = run("check", str(tmp_path), "-", "--format", "concise", input=WARNED)
    assert [line.split(":")[0] for line in result.stdout.splitlines()] == [str(tmp_path / "a.yaml"), "-"]


def test_fmt_writes_the_formatted_plan_to_standard_output() -> None:
    result = run("fmt", "-", input=UNTIDY)
    assert result.exit_code == 0
    assert result.stdout == TIDY
    assert run("fmt", "-", input=TIDY).stdout == TIDY


def test_fmt_check_and_diff_on_standard_input() -> None:
    checked = run("fmt", "--check", "-", "--stdin-filename", "plans/x.yaml", input=UNTIDY)
    assert checked.exit_code == 1 and checked.stdout == "would reformat: plans/x.yaml\n"
    assert run("fmt", "--check", "-", input=TIDY).exit_code == 0
    diffed = run("fmt", "--diff", "-", "--stdin-filename", "plans/x.yaml", input=UNTIDY)
    assert diffed.exit_code == 1
    assert diffed.stdout.splitlines()[:2] == ["--- plans/x.yaml", "+++ plans/x.yaml"]


def test_fmt_leaves_standard_output_empty_when_the_input_cannot_be_read() -> None:
    result = run("fmt", "-", input="title: [unclosed\n")
    assert result.exit_code == 1
    assert result.stdout == ""
    assert "-:" in result.stderr and "Y002" in result.stderr
