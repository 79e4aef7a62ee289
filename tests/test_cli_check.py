"""`campaign check` through the command line: formats, exit codes, options."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import HEADER, run

BROKEN = HEADER + (
    "doc_number: 辽工党发[2013]18号\n"
    "phases:\n"
    "  - name: 学习教育,听取意见\n"
    "    start: 2013-08 中旬\n"
    "    end: 2013-08 上旬\n"
)
WARNING_ONLY = HEADER + "preamble:\n  - 为了落实,制定方案。\n"


@pytest.fixture
def broken(tmp_path: Path) -> Path:
    path = tmp_path / "broken.yaml"
    path.write_text(BROKEN, encoding="utf-8")
    return path


@pytest.fixture
def warned(tmp_path: Path) -> Path:
    path = tmp_path / "warned.yaml"
    path.write_text(WARNING_ONLY, encoding="utf-8")
    return path


def test_concise_format(broken: Path) -> None:
    result = run("check", str(broken), "--format", "concise", "--as-of", "2013-07-01")
    assert result.exit_code == 1
    assert result.stdout.splitlines() == [
        f"{broken}:3:17: error D001 the year is in '[]'; use hexagonal brackets 〔〕",
        f"{broken}:5:15: warning D003 half-width ',' in Chinese text",
        f"{broken}:7:10: error S001 ends (2013-08 上旬) before it starts (2013-08 中旬)",
    ]


def test_text_format_in_chinese_quotes_the_line_with_a_caret_under_chinese(broken: Path) -> None:
    result = run("check", str(broken), "--as-of", "2013-07-01", "--lang", "zh")
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert lines[0] == str(broken)
    index = lines.index("  5:15  警告  D003  中文中的半角“,”")
    assert lines[index + 1] == "  5 |   - name: 学习教育,听取意见"
    # 学习教育 takes eight cells, so the caret sits under the comma.
    assert lines[index + 2] == "    | " + " " * 18 + "^"
    assert lines[index + 3] == "    = 修改：改为全角“，”"
    assert lines[-1] == "检查了 1 个文件：2 个错误，1 个警告，0 条提示。"


def test_json_format_is_stable(broken: Path) -> None:
    result = run("check", str(broken), "--format", "json", "--as-of", "2013-07-01")
    document = json.loads(result.stdout)
    assert document["version"] == 1
    assert document["summary"] == {"files": 1, "error": 2, "warning": 1, "info": 0}
    first = document["diagnostics"][0]
    assert first == {
        "path": str(broken),
        "line": 3,
        "column": 17,
        "end_line": 3,
        "end_column": 18,
        "code": "D001",
        "rule": "doc-number-form",
        "severity": "error",
        "message": "the year is in '[]'; use hexagonal brackets 〔〕",
        "fix": "write 〔2013〕",
    }


def test_github_format_escapes_and_is_chosen_in_actions(tmp_path: Path) -> None:
    path = tmp_path / "a,b:c.yaml"
    path.write_text(HEADER + "preamble:\n  - 比例100%,完成\n", encoding="utf-8")
    result = run("check", str(path), env={"GITHUB_ACTIONS": "true"})
    assert result.exit_code == 0
    escaped = str(path).replace(":", "%3A").replace(",", "%2C")
    assert result.stdout == (
        f"::warning file={escaped},line=4,col=11,endLine=4,endColumn=12,title=D003::"
        "half-width ',' in Chinese text%0Afix: use the full-width '，'\n"
    )


def test_exit_codes_for_warnings_and_strict(warned: Path) -> None:
    assert run("check", str(warned)).exit_code == 0
    assert run("check", str(warned), "--strict").exit_code == 1


def test_clean_file_exits_zero_and_says_so(tmp_path: Path) -> None:
    path = tmp_path / "clean.yaml"
    path.write_text(HEADER, encoding="utf-8")
    result = run("check", str(path))
    assert result.exit_code == 0
    assert result.stdout.strip() == "1 files checked, no problems found."


def test_select_and_ignore(broken: Path) -> None:
    def codes(*options: str) -> list[str]:
        result = run("check", str(broken), "--format", "concise", "--as-of", "2013-07-01", *options)
        return [line.split(": ")[1].split()[1] for line in result.stdout.splitlines()]

    assert codes("--select", "S") == ["S001"]
    assert codes("--select", "D001,S001") == ["D001", "S001"]
    assert codes("--ignore", "D") == ["S001"]
    assert codes("--select", "D", "--ignore", "D003") == ["D001"]


@pytest.mark.parametrize("option", ["--select", "--ignore"])
def test_unknown_code_is_a_usage_error(broken: Path, option: str) -> None:
    result = run("check", str(broken), option, "X999")
    assert result.exit_code == 2
    assert "unknown rule code 'X999'" in result.stderr


def test_reading_codes_cannot_be_ignored(broken: Path) -> None:
    result = run("check", str(broken), "--ignore", "V001")
    assert result.exit_code == 2


def test_missing_path_is_a_usage_error(tmp_path: Path) -> None:
    result = run("check", str(tmp_path / "nope.yaml"))
    assert result.exit_code == 2
    assert "no such file or folder" in result.stderr


def test_bad_as_of_and_format_are_usage_errors(broken: Path) -> None:
    assert run("check", str(broken), "--as-of", "yesterday").exit_code == 2
    assert run("check", str(broken), "--format", "xml").exit_code == 2


def test_language_from_environment_and_option(broken: Path) -> None:
    zh = run("check", str(broken), "-f", "concise", env={"CAMPAIGN_LANG": "zh"})
    assert "年份用了“[]”，应使用六角括号〔〕" in zh.stdout
    en = run("check", str(broken), "-f", "concise", "--lang", "en", env={"CAMPAIGN_LANG": "zh"})
    assert "use hexagonal brackets" in en.stdout
    locale = run("check", str(broken), "-f", "concise", env={"CAMPAIGN_LANG": "", "LC_ALL": "zh_CN.UTF-8"})
    assert "六角括号" in locale.stdout


def test_configuration_file_selects_rules_and_severities(tmp_path: Path, warned: Path) -> None:
    (tmp_path / "campaign.toml").write_text('[check]\nignore = ["D004"]\n[check.severity]\nD003 = "error"\n')
    result = run("check", str(warned), "--config", str(tmp_path / "campaign.toml"), "-f", "concise")
    assert result.exit_code == 1


def test_configuration_is_found_from_the_current_folder(tmp_path: Path, warned: Path) -> None:
    (tmp_path / "pyproject.toml").write_text("[tool.campaign.check]\nstrict = true\n")
    cwd = os.getcwd()
    os.chdir(tmp_path)
    try:
        result = run("check", "warned.yaml")
    finally:
        os.chdir(cwd)
    assert result.exit_code == 1


def test_unknown_code_in_configuration_names_its_line(tmp_path: Path, warned: Path) -> None:
    config = tmp_path / "campaign.toml"
    config.write_text('[check]\nselect = ["S", "Q123"]\n')
    result = run("check", str(warned), "--config", str(config))
    assert result.exit_code == 2
    assert result.stderr.startswith(f"{config}:2:17: unknown rule code 'Q123'")


def test_configuration_mistakes_are_usage_errors(tmp_path: Path, warned: Path) -> None:
    config = tmp_path / "campaign.toml"
    for text in ('[check]\nselct = ["S"]\n', "[check\n", '[check.severity]\nS001 = "fatal"\n'):
        config.write_text(text)
        assert run("check", str(warned), "--config", str(config)).exit_code == 2, text


def test_directories_are_searched_recursively(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.yml").write_text(HEADER + "titel: x\n", encoding="utf-8")
    (tmp_path / "notes.txt").write_text("titel: x\n", encoding="utf-8")
    result = run("check", str(tmp_path), "-f", "concise")
    assert result.exit_code == 1
    assert result.stdout.count("V001") == 1


def test_python_module_entry_point(broken: Path) -> None:
    completed = subprocess.run(
        [sys.executable, "-m", "campaigntool", "check", str(broken), "-f", "concise", "--lang", "en"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert completed.returncode == 1
    assert "S001" in completed.stdout
    assert "Traceback" not in completed.stderr


def test_text_report_shows_a_window_of_a_long_line(tmp_path: Path) -> None:
    """A 300-character paragraph is not quoted whole for each finding, only around the spot."""
    from rich.cells import cell_len

    paragraph = "为了落实中央精神" * 20 + ",继续" + "推进工作" * 30
    path = tmp_path / "long.yaml"
    path.write_text(HEADER + f"preamble:\n  - {paragraph}。\n", encoding="utf-8")
    result = run("check", str(path), "--lang", "zh")
    quoted, caret = [line for line in result.stdout.splitlines() if line.lstrip().startswith(("4 |", "|"))]
    assert quoted.startswith("  4 | ...") and quoted.endswith("...")
    assert cell_len(quoted) <= 80
    assert "精神,继续推进" in quoted
    assert cell_len(caret) == cell_len(quoted[: quoted.index(",") + 1])
    assert caret.endswith("^")


def test_text_report_quotes_a_short_line_whole(warned: Path) -> None:
    result = run("check", str(warned), "--lang", "zh")
    assert "..." not in result.stdout
