"""Option and argument types shared by the commands: one line in a command's signature each.

Each has a Chinese metavar (`日期`, `文件`), so `--help` never shows a Python
type. Options that change how output is shown (`--quiet`, `--lang`) act
through callbacks, so a command that declares them needs no code to honour
them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from campaigntool.command import output
from campaigntool.i18n import LANGS, Text


def _checked_lang(value: str | None) -> str | None:
    """`zh`, `en` (any case, a region allowed: `zh-CN`); anything else is a usage error."""
    if value is None:
        return None
    first = value.strip().lower().replace("_", "-").split("-")[0]
    if first not in LANGS:
        from campaigntool.command.usage import OptionProblem

        raise OptionProblem(
            Text(
                f"--lang 只能是 zh 或 en，不是“{value}”",
                f"--lang takes zh or en, not '{value}'",
            )
        )
    return first


def _quiet(value: bool) -> bool:
    output.settings.quiet = value
    return value


LangOption = Annotated[
    str | None,
    typer.Option(
        "--lang",
        metavar="zh|en",
        callback=_checked_lang,
        help="输出语言 zh 或 en（默认按 CAMPAIGN_LANG 或系统语言）。Output language.",
        show_default=False,
    ),
]
AsOfOption = Annotated[
    str | None,
    typer.Option(
        "--as-of",
        metavar="日期",
        help="按哪一天检查逾期，如 2026-11-21（默认今天）。Day to judge deadlines by.",
        show_default=False,
    ),
]
PathsArgument = Annotated[
    list[Path] | None,
    typer.Argument(
        metavar="路径",
        help="方案文件或目录（默认 plans/）。Plan files or folders.",
        show_default=False,
    ),
]
ConfigOption = Annotated[
    Path | None,
    typer.Option(
        "--config",
        metavar="文件",
        help="配置文件（默认就近的 campaign.toml）。Configuration file.",
        show_default=False,
    ),
]
OutputOption = Annotated[
    Path | None,
    typer.Option(
        "--output",
        "-o",
        metavar="文件",
        help="写入文件（- 为标准输出）。File to write (- for standard output).",
        show_default=False,
    ),
]
QuietOption = Annotated[
    bool,
    typer.Option(
        "--quiet",
        "-q",
        callback=_quiet,
        help="只输出结果和问题，不输出提示、进度和汇总。Results and problems only.",
    ),
]
StdinFilenameOption = Annotated[
    str | None,
    typer.Option(
        "--stdin-filename",
        metavar="文件名",
        help="从标准输入（路径 -）读入时，报告和查找配置所用的文件名。"
        "Name of the file read from standard input.",
        show_default=False,
    ),
]
