"""Options every command shares: --version, --lang, --quiet."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from campaigntool import __version__
from tests.helpers import HEADER, PLANS, REPO, run

WARNED = HEADER + "preamble:\n  - 为了落实,制定方案。\n"
DEMO = str(PLANS / "demo-2026.yaml")


@pytest.mark.parametrize("flag", ["--version", "-V"])
def test_version(flag: str) -> None:
    result = run(flag)
    assert result.exit_code == 0
    assert result.stdout == f"campaign {__version__}\n"
    declared = re.search(r'^version = "(.+)"$', (REPO / "pyproject.toml").read_text(), re.MULTILINE)
    assert declared is not None and declared[1] == __version__


@pytest.mark.parametrize("value", ["fr", "chinese", "", "z"])
def test_an_unknown_language_is_a_usage_error(value: str) -> None:
    result = run("rule", "S001", "--lang", value)
    assert result.exit_code == 2
    assert f"--lang takes zh or en, not '{value}'" in result.stderr
    assert result.stdout == ""


def test_the_language_error_is_in_chinese_under_a_chinese_locale() -> None:
    result = run("check", "--lang", "fr", env={"CAMPAIGN_LANG": "", "LC_ALL": "", "LANG": "zh_CN.UTF-8"})
    assert result.exit_code == 2
    assert result.stderr.startswith("错误：--lang 只能是 zh 或 en，不是“fr”\n")


@pytest.mark.parametrize("value", ["zh", "ZH", "zh-CN", "zh_CN"])
def test_language_codes_with_a_region_are_accepted(value: str) -> None:
    result = run("rule", "S001", "--lang", value)
    assert result.exit_code == 0
    assert result.stdout.splitlines()[0] == "S001 end-before-start (错误)"


def test_quiet_check_prints_only_the_findings(tmp_path: Path) -> None:
    plan = tmp_path / "plan.yaml"
    plan.write_text(WARNED, encoding="utf-8")
    loud = run("check", str(plan))
    quiet = run("check", str(plan), "--quiet")
    assert loud.stdout.splitlines()[-1] == "1 files checked: 0 errors, 1 warnings, 0 notes."
    assert quiet.stdout == loud.stdout.rsplit("\n1 files checked", 1)[0] + "\n"
    assert "D003" in quiet.stdout


def test_quiet_check_of_clean_plans_prints_nothing(tmp_path: Path) -> None:
    plan = tmp_path / "plan.yaml"
    plan.write_text(HEADER, encoding="utf-8")
    (tmp_path / "workflow.yaml").write_text("name: ci\non: push\njobs: {}\n", encoding="utf-8")
    loud = run("check", str(tmp_path))
    assert "skipped" in loud.stderr and "no problems" in loud.stdout
    quiet = run("check", str(tmp_path), "-q")
    assert (quiet.exit_code, quiet.stdout, quiet.stderr) == (0, "", "")


def test_quiet_leaves_out_what_files_were_written(tmp_path: Path) -> None:
    loud = run("ics", DEMO, "-o", str(tmp_path / "a.ics"))
    assert loud.stderr == f"wrote {tmp_path / 'a.ics'}\n"
    quiet = run("ics", DEMO, "-o", str(tmp_path / "b.ics"), "--quiet")
    assert quiet.exit_code == 0 and quiet.stderr == ""
    timeless = [
        [
            line
            for line in (tmp_path / name).read_bytes().splitlines()
            if not line.startswith((b"DTSTAMP", b"SEQ"))
        ]
        for name in ("a.ics", "b.ics")
    ]
    assert timeless[0] == timeless[1]


def test_quiet_fmt_and_new(tmp_path: Path) -> None:
    plan = tmp_path / "plan.yaml"
    made = run("new", str(plan), "-q")
    assert made.exit_code == 0 and made.stderr == "" and plan.exists()
    plan.write_text("issuer: 某机关\ntitle: 某机关关于开展某活动的实施方案\n", encoding="utf-8")
    result = run("fmt", str(plan), "-q")
    assert (result.exit_code, result.stdout, result.stderr) == (0, "", "")
    assert plan.read_text(encoding="utf-8").startswith("title:")


def test_quiet_still_reports_problems(tmp_path: Path) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text("title: [unclosed\n", encoding="utf-8")
    result = run("fmt", str(broken), "-q")
    assert result.exit_code == 1 and "Y002" in result.stderr
