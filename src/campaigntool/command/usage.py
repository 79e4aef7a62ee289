"""Mistakes in the command line itself, told in the user's language (exit 2).

The option parser is click's, vendored by typer, and speaks English only:
`Invalid value for '--within'`, `Missing argument`, `No such option`. Its
errors carry what went wrong as data (the option, the suggestions), so each
kind is said again in Chinese from that data; a message of a kind not known
here keeps its English words inside a Chinese sentence rather than being
lost. The language is the one the user asked for with `--lang`, else
CAMPAIGN_LANG or the locale, as for everything else.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Sequence

import typer

# typer vendors click (typer._click) and exports only a few of its exceptions.
from typer._click import exceptions as click

from campaigntool.i18n import Lang, Text, detect_lang


class OptionProblem(typer.BadParameter):
    """An option's value refused by our own check, with the sentence in both languages."""

    def __init__(self, text: Text) -> None:
        super().__init__(text.en)
        self.text = text


def language_of(args: Sequence[str]) -> Lang:
    """`--lang` as written on the command line (when valid), else the environment's."""
    wanted: str | None = None
    for index, arg in enumerate(args):
        if arg == "--":
            break
        if arg == "--lang" and index + 1 < len(args):
            wanted = args[index + 1]
        elif arg.startswith("--lang="):
            wanted = arg.partition("=")[2]
    first = (wanted or "").strip().lower().replace("_", "-").split("-")[0]
    return "zh" if first == "zh" else "en" if first == "en" else detect_lang(None)


def show(error: click.ClickException, lang: Lang) -> None:
    """The error, then the usage line and where to find help, on standard error."""
    lines = [Text(f"错误：{message(error).zh}", f"error: {message(error).en}")(lang)]
    context = getattr(error, "ctx", None)
    if context is not None:
        usage = context.get_usage()
        lines.append(_usage_zh(usage) if lang == "zh" else usage)
        if context.command.get_help_option(context) is not None:
            command = f"{context.command_path} {context.help_option_names[0]}"
            lines.append(Text(f"运行 {command} 查看帮助。", f"Try '{command}' for help.")(lang))
    sys.stderr.write("\n".join(lines) + "\n")


def _usage_zh(usage: str) -> str:
    """click's usage line with its English words in Chinese."""
    for english, chinese in (
        ("Usage: ", "用法："),
        ("[OPTIONS]", "[选项]"),
        ("COMMAND [ARGS]...", "命令 [参数]..."),
    ):
        usage = usage.replace(english, chinese, 1)
    return usage


def message(error: click.ClickException) -> Text:
    """What went wrong, in both languages."""
    english = error.format_message()
    if isinstance(error, OptionProblem):
        return error.text
    if isinstance(error, click.NoSuchOption):
        zh = f"没有选项 {error.option_name}"
        if error.possibilities:
            zh += f"；是不是要用 {'、'.join(sorted(error.possibilities))}？"
        return Text(zh, english)
    if isinstance(error, click.MissingParameter):
        return Text(_missing(error), english)
    if isinstance(error, click.BadParameter):
        hint = _hint(error)
        return Text(f"{hint} 的值不对：{_value_problem(error.message)}", english)
    return Text(_usage_problem(error.message), english)


def _hint(error: click.BadParameter) -> str:
    """The option or argument as the user wrote it: `--within`, `--output / -o`, `方案`."""
    if error.param_hint is not None:
        hints = [error.param_hint] if isinstance(error.param_hint, str) else list(error.param_hint)
    elif error.param is not None:
        if error.param.param_type_name == "argument":
            hints = [error.param.metavar or error.param.name or ""]
        else:
            hints = list(error.param.opts)
    else:
        return "参数"
    return " / ".join(hint.strip("'") for hint in hints)


def _missing(error: click.MissingParameter) -> str:
    if error.param is not None and error.param.param_type_name == "argument":
        return f"缺少参数 {_hint(error)}"
    return f"缺少选项 {_hint(error)}"


#: What the value checks (pydantic's, inside typer) say, and how to say it in Chinese.
_VALUE_PROBLEMS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), zh)
    for pattern, zh in (
        (r"^Input should be a valid integer", "应为整数"),
        (r"^Input should be a valid number", "应为数字"),
        (r"^Input should be a valid boolean", "应为 true 或 false"),
        (r"^Input should be greater than or equal to (\S+)", r"不能小于 \1"),
        (r"^Input should be greater than (\S+)", r"应大于 \1"),
        (r"^Input should be less than or equal to (\S+)", r"不能大于 \1"),
        (r"^Input should be less than (\S+)", r"应小于 \1"),
        (r"^'?(.*?)'? is not one of (.*?)\.?$", r"“\1”不在可选值之中：\2"),
        (r"^\w+ '(.*)' does not exist\.?$", r"“\1”不存在"),
        (r"^\w+ '?(.*?)'? is a directory\.?$", r"“\1”是目录，应为文件"),
        (r"^\w+ '?(.*?)'? is a file\.?$", r"“\1”是文件，应为目录"),
    )
)

_USAGE_PROBLEMS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), zh)
    for pattern, zh in (
        (r"^Option '(.*)' requires an argument\.$", r"选项 \1 后面要写一个值"),
        (r"^Option '(.*)' requires (\d+) arguments\.$", r"选项 \1 后面要写 \2 个值"),
        (r"^Option '(.*)' does not take a value\.$", r"选项 \1 不带值，不能写成 \1=…"),
        (r"^No such command '(.*)'\.$", r"没有命令“\1”；campaign -h 列出全部命令"),
        (r"^Missing command\.$", "缺少命令；campaign -h 列出全部命令"),
        (r"^Got unexpected extra arguments?(?:\(s\))? \((.*)\)$", r"多出了参数：\1"),
    )
)


def _value_problem(english: str) -> str:
    return _translate(english, _VALUE_PROBLEMS)


def _usage_problem(english: str) -> str:
    command = re.match(r"^No such command '(.*)'\. Did you mean (.*)\?$", english)
    if command is not None:
        names = "、".join(re.findall(r"'([^']*)'", command[2]))
        return f"没有命令“{command[1]}”；是不是要用 {names}？"
    return _translate(english, _USAGE_PROBLEMS)


def _translate(english: str, known: tuple[tuple[re.Pattern[str], str], ...]) -> str:
    for pattern, zh in known:
        match = pattern.search(english)
        if match is not None:
            return match.expand(zh)
    return english
