"""`--help`: no Python types, built-in options in both languages, each example on a line of its own."""

from __future__ import annotations

import re

import pytest
from typer.main import get_command

from campaigntool.cli import app
from tests.helpers import run

COMMANDS = sorted(get_command(app).commands)  # type: ignore[attr-defined]
#: How typer shows a type when nothing replaces it: <str>, <bool>, <list[Path]>, <int range>.
PYTHON_TYPE = re.compile(r"<(?:str|bool|int|float|path|Path|list\[[^\]]*\]|[a-z]+ range)>")


@pytest.mark.parametrize(
    "command", [[], *([name] for name in COMMANDS)], ids=lambda c: c[0] if c else "campaign"
)
def test_help_shows_no_python_types(command: list[str]) -> None:
    result = run(*command, "--help")
    assert result.exit_code == 0
    assert not PYTHON_TYPE.search(result.stdout), result.stdout
    assert "显示帮助并退出。Show this message and exit." in result.stdout


def test_value_options_show_what_to_write() -> None:
    lines = run("check", "--help").stdout.splitlines()

    def row(option: str) -> str:
        return next(line for line in lines if line.startswith(f"│ {option} "))

    assert "日期" in row("--as-of")
    assert "文件" in row("--output")
    assert "zh|en" in row("--lang")
    assert "代码" in row("--select")
    assert re.search(r"--strict\s+有警告也算失败", row("--strict"))  # a flag: nothing between
    assert "Usage: campaign check [OPTIONS] [路径]..." in run("check", "--help").stdout


@pytest.mark.parametrize("command", [name for name in COMMANDS if name != "lsp"])
def test_each_example_is_a_command_on_a_line_of_its_own(command: str) -> None:
    text = run(command, "--help").stdout
    examples = text.split("示例 Examples:", 1)[1].splitlines()
    bullets = [i for i, line in enumerate(examples) if line.strip().startswith("•")]
    assert bullets, text
    for index in bullets:
        item = examples[index].strip().removeprefix("•").strip()
        if item.startswith("campaign "):  # a command with nothing to explain
            example = item
        else:
            assert "campaign " not in item, item
            example = examples[index + 1].strip()
        assert example.startswith(f"campaign {command}"), example
        assert "。" not in example, example


def test_examples_written_command_first_are_laid_out_apart() -> None:
    from campaigntool.command.help import examples, examples_apart

    earlier = "示例 Examples:\n\n* `campaign check` 检查全部方案。Check.\n\n* `campaign rule`"
    assert (
        examples_apart(earlier)
        == "示例 Examples:\n\n- 检查全部方案。Check.  \n  `campaign check`\n- `campaign rule`"
    )
    written = examples(("检查全部方案。Check.", "campaign check"))
    assert examples_apart(written) == written
