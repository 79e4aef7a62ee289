"""The `campaign` command: arguments, exit codes, nothing else.

Exit codes: 0 clean (warnings allowed), 1 problems found, 2 usage or
configuration error, 3 internal error. Heavy libraries are imported inside the
commands that need them, so `campaign check` starts fast.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Annotated

# campaign uses no pydantic plugins; looking for them reads the metadata of
# every installed package at each start (about 15 ms). A user may still opt in.
os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")

import typer

from campaigntool.i18n import Lang, Text, detect_lang

app = typer.Typer(
    name="campaign",
    help="实施方案的检查、督办与公文生成工具。Plan, check, track and render campaign implementation plans.",
    no_args_is_help=True,
    add_completion=True,
    rich_markup_mode="markdown",
    context_settings={"help_option_names": ["-h", "--help"]},
)

EXIT_CLEAN, EXIT_PROBLEMS, EXIT_USAGE, EXIT_INTERNAL = 0, 1, 2, 3

LangOption = Annotated[
    str | None,
    typer.Option(
        "--lang",
        help="输出语言 zh 或 en（默认按 CAMPAIGN_LANG 或系统语言）。Output language.",
        show_default=False,
    ),
]
AsOfOption = Annotated[
    str | None,
    typer.Option(
        "--as-of",
        help="按哪一天检查逾期，如 2026-11-21（默认今天）。Day to judge deadlines by.",
        show_default=False,
    ),
]


def _fail(message: Text, lang: Lang, code: int = EXIT_USAGE) -> typer.Exit:
    typer.echo(message(lang), err=True)
    return typer.Exit(code)


def parse_as_of(value: str | None, lang: Lang) -> date:
    if value is None:
        return date.today()
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise _fail(
            Text(
                f"--as-of 应为 2026-11-21 这样的日期，不是“{value}”",
                f"--as-of takes a date like 2026-11-21, not '{value}'",
            ),
            lang,
        ) from None


def _codes(values: list[str] | None) -> list[str]:
    return [code.strip() for value in values or [] for code in value.split(",") if code.strip()]


@app.command(
    epilog="示例 Examples:\n\n"
    "* `campaign check` 检查 plans/ 下的全部方案\n\n"
    "* `campaign check plans/demo-2026.yaml --format concise`\n\n"
    "* `campaign check --select S,R --ignore S005 --strict`\n\n"
    "* `campaign check --format json --as-of 2026-11-21 --lang en`"
)
def check(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(help="方案文件或目录（默认 plans/）。Plan files or folders.", show_default=False),
    ] = None,
    output_format: Annotated[
        str | None,
        typer.Option(
            "--format",
            "-f",
            help="text、concise、json 或 github（在 GitHub Actions 中默认 github）。",
            show_default=False,
        ),
    ] = None,
    select: Annotated[
        list[str] | None,
        typer.Option("--select", help="只运行这些规则（代码或前缀，逗号分隔）。Rules to run."),
    ] = None,
    ignore: Annotated[
        list[str] | None, typer.Option("--ignore", help="不运行这些规则。Rules to skip.")
    ] = None,
    strict: Annotated[
        bool, typer.Option("--strict", help="有警告也算失败。Warnings fail the run too.")
    ] = False,
    as_of: AsOfOption = None,
    config: Annotated[
        Path | None,
        typer.Option("--config", help="配置文件（默认就近的 campaign.toml）。", show_default=False),
    ] = None,
    lang: LangOption = None,
) -> None:
    """检查方案：日期、环节、责任、公文格式与进度。Lint plans.

    退出码 Exit codes: 0 没有错误 clean; 1 有错误（或 --strict 时有警告） problems; 2 用法或配置错误 usage.
    """
    from campaigntool.check import Selection, check_files, discover
    from campaigntool.config import ConfigError, load_settings, validate_selector
    from campaigntool.report import FORMATS, reporter

    language = detect_lang(lang)
    when = parse_as_of(as_of, language)
    chosen = output_format or ("github" if os.environ.get("GITHUB_ACTIONS") == "true" else "text")
    if chosen not in FORMATS:
        raise _fail(
            Text(
                f"未知的格式“{chosen}”；可选：{'、'.join(FORMATS)}",
                f"unknown format '{chosen}'; one of {', '.join(FORMATS)}",
            ),
            language,
        )
    try:
        settings = load_settings(config)
        selected, ignored = _codes(select), _codes(ignore)
        for code in selected:
            validate_selector(code)
        for code in ignored:
            validate_selector(code, ignoring=True)
        if selected:
            settings.select = selected
        settings.ignore += ignored
        files = discover(paths or [Path("plans")])
    except ConfigError as error:
        raise _fail(Text(error.render("zh"), error.render("en")), language) from None
    if not files:
        typer.echo(
            Text("没有找到 .yaml 或 .yml 方案文件。", "no .yaml or .yml plan files found.")(language),
            err=True,
        )
    result = check_files(files, Selection.from_settings(settings), when, progress=_progress(len(files)))
    reporter(chosen)(result, language, sys.stdout)
    raise typer.Exit(EXIT_PROBLEMS if result.failed(strict or settings.strict) else EXIT_CLEAN)


def _progress(total: int) -> Callable[[Path], None] | None:
    """A progress bar on a terminal for long runs; nothing in pipes and CI logs."""
    if total < 50 or not sys.stderr.isatty():
        return None
    from rich.progress import Progress

    bar = Progress(transient=True, console=None)
    task = bar.add_task("checking", total=total)
    bar.start()

    def advance(_: Path) -> None:
        bar.advance(task)
        if bar.finished:
            bar.stop()

    return advance


@app.command(
    epilog="示例 Examples:\n\n* `campaign rule` 列出全部规则\n\n* `campaign rule S001` 查看一条规则的说明"
)
def rule(
    code: Annotated[
        str | None, typer.Argument(help="规则代码，如 S001。Rule code.", show_default=False)
    ] = None,
    lang: LangOption = None,
) -> None:
    """列出规则，或显示一条规则的说明。List rules, or explain one."""
    from campaigntool.rules import ALL, BY_CODE

    language = detect_lang(lang)
    if code is None:
        for item in ALL:
            severity = item.severity.label(language)
            typer.echo(f"{item.code}  {item.name:<24} {severity:<8} {item.summary(language)}")
        return
    found = BY_CODE.get(code.strip().upper())
    if found is None:
        raise _fail(
            Text(
                f"没有规则“{code}”；用 campaign rule 查看全部规则",
                f"no rule '{code}'; `campaign rule` lists them",
            ),
            language,
        )
    severity = found.severity.label(language)
    typer.echo(f"{found.code} {found.name} ({severity})\n")
    typer.echo(found.documentation(language))


def main() -> None:
    """Console entry point: never lets a traceback reach the user."""
    try:
        app()
    except KeyboardInterrupt:
        sys.exit(130)
    except Exception as error:  # an internal error; the user still gets a sentence
        if os.environ.get("CAMPAIGN_DEBUG"):
            raise
        lang = detect_lang(None)
        name = type(error).__name__
        typer.echo(
            Text(
                f"内部错误（{name}: {error}）。请把这条信息和方案文件报告给维护者；设置 CAMPAIGN_DEBUG=1 可看详细信息。",
                f"internal error ({name}: {error}). Please report it with the plan file; "
                "set CAMPAIGN_DEBUG=1 for details.",
            )(lang),
            err=True,
        )
        sys.exit(EXIT_INTERNAL)
