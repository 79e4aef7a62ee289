"""The option parser's own usage errors, in the user's language, with exit code 2."""

from __future__ import annotations

import pytest

from tests.helpers import PLANS, run

DEMO = str(PLANS / "demo-2026.yaml")
CHINESE_LOCALE = {"CAMPAIGN_LANG": "", "LC_ALL": "", "LC_MESSAGES": "", "LANG": "zh_CN.UTF-8"}


@pytest.mark.parametrize(
    ("args", "zh", "en"),
    [
        (
            ["overdue", "--within", "x"],
            "--within 的值不对：应为整数",
            "Invalid value for '--within': Input should be a valid integer",
        ),
        (["overdue", "--within", "-1"], "--within 的值不对：不能小于 0", "greater than or equal to 0"),
        (["timeline"], "缺少参数 方案", "Missing argument '方案'."),
        (["ics", DEMO], "缺少选项 --output / -o", "Missing option '--output' / '-o'."),
        (["check", "--formt", "json"], "没有选项 --formt；是不是要用 --format？", "No such option: --formt"),
        (
            ["chek"],
            "没有命令“chek”；是不是要用 check、schema？",
            "No such command 'chek'. Did you mean 'check'",
        ),
        (["render", DEMO, "extra"], "多出了参数：extra", "Got unexpected extra argument"),
        (["check", "--as-of"], "选项 --as-of 后面要写一个值", "Option '--as-of' requires an argument."),
        (["check", "--strict=yes"], "选项 --strict 不带值", "Option '--strict' does not take a value."),
    ],
    ids=[
        "not-a-number",
        "below-minimum",
        "missing-argument",
        "missing-option",
        "no-such-option",
        "no-such-command",
        "extra-argument",
        "value-missing",
        "flag-with-value",
    ],
)
def test_usage_errors_in_both_languages(args: list[str], zh: str, en: str) -> None:
    chinese = run(args[0], "--lang", "zh", *args[1:])
    english = run(args[0], "--lang", "en", *args[1:])
    assert chinese.exit_code == english.exit_code == 2
    assert chinese.stderr.splitlines()[0].startswith(f"错误：{zh}"), chinese.stderr
    assert english.stderr.splitlines()[0].startswith("error: ") and en in english.stderr, english.stderr
    assert "Traceback" not in chinese.stderr + english.stderr
    assert chinese.stdout == english.stdout == ""


def test_usage_errors_follow_a_chinese_locale() -> None:
    result = run("overdue", "--within", "x", env=CHINESE_LOCALE)
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        "错误：--within 的值不对：应为整数",
        "用法：campaign overdue [选项] [路径]...",
        "运行 campaign overdue -h 查看帮助。",
    ]


def test_the_language_option_may_come_after_the_mistake() -> None:
    result = run("check", "--nope", "--lang=zh")
    assert result.stderr.startswith("错误：没有选项 --nope")


def test_english_usage_errors_name_the_usage_and_the_help() -> None:
    result = run("timeline")
    assert result.stderr.splitlines() == [
        "error: Missing argument '方案'.",
        "Usage: campaign timeline [OPTIONS] {方案}",
        "Try 'campaign timeline -h' for help.",
    ]
