"""The `campaign` command: arguments, exit codes, nothing else.

Exit codes: 0 clean (warnings allowed), 1 problems found, 2 usage or
configuration error, 3 internal error. Heavy libraries are imported inside the
commands that need them, so `campaign check` starts fast.
"""

import io
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

# campaign uses no pydantic plugins; looking for them reads the metadata of
# every installed package at each start (about 15 ms). A user may still opt in.
os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")

import typer

from campaigntool.command import output as outputs
from campaigntool.command.group import CampaignGroup, defer_commands
from campaigntool.command.help import examples
from campaigntool.command.options import (
    AsOfOption,
    ConfigOption,
    LangOption,
    OutputOption,
    PathsArgument,
    QuietOption,
    StdinFilenameOption,
)
from campaigntool.i18n import Lang, Text, detect_lang

if TYPE_CHECKING:
    from campaigntool.app.format import FormatResult
    from campaigntool.config import Settings
    from campaigntool.diagnostics import CheckResult

app = typer.Typer(
    name="campaign",
    cls=CampaignGroup,
    help="实施方案的检查、督办与公文生成工具。Plan, check, track and render campaign implementation plans.",
    no_args_is_help=True,
    add_completion=True,
    rich_markup_mode="markdown",
    context_settings={"help_option_names": ["-h", "--help"]},
)

EXIT_CLEAN, EXIT_PROBLEMS, EXIT_USAGE, EXIT_INTERNAL = 0, 1, 2, 3


def _version(value: bool) -> None:
    if value:
        from campaigntool import __version__

        typer.echo(f"campaign {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option(
            "--version", "-V", is_eager=True, callback=_version, help="显示版本并退出。Show the version."
        ),
    ] = False,
) -> None:
    pass


def _fail(message: Text, lang: Lang, code: int = EXIT_USAGE) -> typer.Exit:
    typer.echo(message(lang), err=True)
    return typer.Exit(code)


@contextmanager
def _usage(lang: Lang) -> Iterator[None]:
    """A command's usage error becomes its sentence on standard error and exit 2."""
    from campaigntool.app.errors import UsageError

    try:
        yield
    except UsageError as error:
        raise _fail(error.text, lang) from None


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


def _settings(config: Path | None, language: Lang, start: Path | None = None) -> "Settings":
    """The configuration: --config, else the nearest from `start` (default the current folder)."""
    from campaigntool.config import ConfigError, load_settings

    try:
        return load_settings(config, start)
    except ConfigError as error:
        raise _fail(error.text, language) from None


def _choice(value: str, allowed: tuple[str, ...], option: str, language: Lang) -> None:
    if value not in allowed:
        raise _fail(
            Text(
                f"{option} 不能是“{value}”；可选：{'、'.join(allowed)}",
                f"{option} cannot be '{value}'; one of {', '.join(allowed)}",
            ),
            language,
        )


def _show_findings(findings: "CheckResult", language: Lang) -> None:
    """Problems of the files a command could not use, on standard error, one line each."""
    from campaigntool.report.concise import report

    if findings.diagnostics:
        report(findings, language, sys.stderr)


def _skipped(findings: "CheckResult", language: Lang) -> None:
    """The findings, and a word that the files were left out of the output."""
    if not findings.diagnostics:
        return
    _show_findings(findings, language)
    typer.echo(
        Text(
            "以上文件有错误，已跳过；请先运行 campaign check。",
            "the files above have errors and were skipped; run campaign check.",
        )(language),
        err=True,
    )


def _notices(notices: list[Text], language: Lang) -> None:
    for notice in notices:
        outputs.say(notice, language)


def _write(output: Path, data: bytes, language: Lang, *, announce: bool = True) -> None:
    """Write a whole file atomically (`-`: standard output); a failure is exit 2, never a traceback."""
    try:
        outputs.emit(data, output, language, announce=announce)
    except outputs.WriteFailed as error:
        raise _fail(error.text, language) from None


def _emit(text: str, output: Path | None, language: Lang, *, bom: bool = False) -> None:
    """Text to standard output (no file, or `-`), or to a file."""
    if outputs.is_standard(output):
        outputs.emit(text, None, language)
    else:
        assert output is not None
        _write(output, (("\ufeff" if bom else "") + text).encode("utf-8"), language)


# --------------------------------------------------------------------- check


@app.command(
    epilog=examples(
        ("检查 plans/ 下的全部方案。Check every plan under plans/.", "campaign check"),
        (
            "一个文件，每个问题一行。One file, a line per problem.",
            "campaign check plans/demo-2026.yaml --format concise",
        ),
        (
            "选择规则；有警告也算失败。Choose rules; warnings fail too.",
            "campaign check --select S,R --ignore S005 --strict",
        ),
        ("每条规则的问题数，含 noqa 关闭的。Counts by rule.", "campaign check --statistics"),
        (
            "编辑器里未保存的内容，从标准输入读入。An unsaved buffer.",
            "campaign check - --stdin-filename plans/demo-2026.yaml",
        ),
        (
            "报告写入文件，CI 中不因问题失败。Report to a file.",
            "campaign check --format json -o 报告.json --exit-zero",
        ),
    )
)
def check(
    paths: PathsArgument = None,
    output_format: Annotated[
        str | None,
        typer.Option(
            "--format",
            "-f",
            help="text、concise、json、github、sarif 或 gitlab（在 GitHub Actions 中默认 github）。",
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
    exit_zero: Annotated[
        bool,
        typer.Option("--exit-zero", help="有问题也以 0 退出（用法错误仍为 2）。Exit 0 despite problems."),
    ] = False,
    statistics: Annotated[
        bool,
        typer.Option("--statistics", help="只列出每条规则的问题数，以及 noqa 关闭了多少。Counts by rule."),
    ] = False,
    output_file: OutputOption = None,
    stdin_filename: StdinFilenameOption = None,
    as_of: AsOfOption = None,
    config: ConfigOption = None,
    quiet: QuietOption = False,
    lang: LangOption = None,
) -> None:
    """检查方案：日期、环节、责任、公文格式与进度。Lint plans.

    路径写 - 时从标准输入读入一个方案。Use - to read a plan from standard input.

    退出码 Exit codes: 0 没有错误 clean; 1 有错误（或 --strict 时有警告） problems; 2 用法或配置错误 usage.
    """
    from campaigntool.app import check as command
    from campaigntool.report import FORMATS, reporter

    language = detect_lang(lang)
    when = parse_as_of(as_of, language)
    chosen = output_format or ("github" if os.environ.get("GITHUB_ACTIONS") == "true" else "text")
    _choice(chosen, FORMATS, "--format", language)
    with _usage(language):
        sources = command.sources(paths, stdin_filename)
        start = sources.stdin.folder if sources.stdin is not None else None
        settings = command.apply_selection(_settings(config, language, start), _codes(select), _codes(ignore))
    _notices(sources.notices, language)
    progress = outputs.progress(len(sources.files), Text("检查中", "checking"), language)
    result = command.check(sources.files, settings, when, progress, sources.stdin)
    report = reporter(chosen, quiet=quiet, statistics=statistics)
    if outputs.is_standard(output_file):
        report(result, language, sys.stdout)
    else:
        buffer = io.StringIO()
        report(result, language, buffer)
        _emit(buffer.getvalue(), output_file, language)
    failed = result.failed(strict or settings.strict) and not exit_zero
    raise typer.Exit(EXIT_PROBLEMS if failed else EXIT_CLEAN)


@app.command(
    epilog=examples(
        ("列出全部规则。Every rule.", "campaign rule"),
        ("一条规则的说明。One rule explained.", "campaign rule S001"),
    )
)
def rule(
    code: Annotated[
        str | None, typer.Argument(help="规则代码，如 S001。Rule code.", show_default=False)
    ] = None,
    lang: LangOption = None,
) -> None:
    """列出规则，或显示一条规则的说明。List rules, or explain one."""
    from campaigntool.app.authoring import rule as rules

    language = detect_lang(lang)
    with _usage(language):
        found = rules(code)
    if code is None:
        for item in found:
            severity = item.severity.label(language)
            typer.echo(f"{item.code}  {item.name:<24} {severity:<8} {item.summary(language)}")
        return
    [one] = found
    typer.echo(f"{one.code} {one.name} ({one.severity.label(language)})\n")
    typer.echo(one.documentation(language))


# ------------------------------------------------------------------ tracking


@app.command(
    epilog=examples(
        ("按牵头单位列出逾期任务（督办）。Overdue tasks by unit.", "campaign overdue"),
        ("加上 7 天内到期的任务。And those due within 7 days.", "campaign overdue --within 7"),
        ("按环节分组，并计工作日。By phase, with working days.", "campaign overdue --by phase --workdays"),
        ("可用 Excel 打开的表格。A table for Excel.", "campaign overdue --format csv -o 逾期.csv"),
        (
            "有逾期时退出码为 1（定时 CI 任务）。Exit 1 if anything is overdue.",
            "campaign overdue --fail-if-any",
        ),
    )
)
def overdue(
    paths: PathsArgument = None,
    as_of: AsOfOption = None,
    within: Annotated[
        int,
        typer.Option(
            "--within", min=0, help="同时列出多少天内到期的任务。Also list tasks due within N days."
        ),
    ] = 0,
    by: Annotated[
        str,
        typer.Option(
            "--by", help="分组：lead（牵头）、unit（单位，人员归入所在单位）、phase、plan 或 none。Group by."
        ),
    ] = "lead",
    output_format: Annotated[
        str, typer.Option("--format", "-f", help="table、json、csv，或督办清单 docx、xlsx（需 -o）。")
    ] = "table",
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            metavar="文件",
            help="写入文件（csv 带 BOM，便于 Excel 打开；- 为标准输出）。File to write.",
            show_default=False,
        ),
    ] = None,
    workdays: Annotated[
        bool, typer.Option("--workdays", help="同时按工作日计算逾期天数。Count working days too.")
    ] = False,
    fail_if_any: Annotated[
        bool, typer.Option("--fail-if-any", help="有逾期任务时退出码为 1。Exit 1 if anything is overdue.")
    ] = False,
    config: ConfigOption = None,
    quiet: QuietOption = False,
    lang: LangOption = None,
) -> None:
    """列出逾期和即将到期的任务，按牵头单位分组。List overdue tasks by responsible unit.

    时限按最后一天计：2014-04 下旬 到 5 月 1 日才算逾期；当天到期不算逾期。
    环节中的任务没写时限的，以环节结束为时限。整改台账中的整改任务一并列出；
    每月28日前 这样的周期性时限逐次检查，长期坚持的任务不计逾期，另行列出。
    """
    import io
    from dataclasses import replace

    from campaigntool.app import track
    from campaigntool.report import overdue as report
    from campaigntool.track import GROUPINGS

    language = detect_lang(lang)
    when = parse_as_of(as_of, language)
    _choice(by, GROUPINGS, "--by", language)
    _choice(output_format, ("table", "json", "csv", "docx", "xlsx"), "--format", language)
    if output_format in ("docx", "xlsx") and output is None:
        raise _fail(
            Text(f"{output_format} 格式需要用 -o 指定输出文件", f"{output_format} needs -o FILE"), language
        )
    settings = _settings(config, language)
    with _usage(language):
        result = track.overdue(paths, when, within, settings.calendar(), _reading(language))
    if not workdays:
        result.overdue = [replace(row, workdays=None) for row in result.overdue]
    buffer = io.StringIO()
    if output_format in ("docx", "xlsx") and output is not None:
        from campaigntool.report import chase

        _skipped(result.findings, language)
        _write(output, chase.docx(result) if output_format == "docx" else chase.xlsx(result), language)
    elif output_format == "json":
        report.write_json(result, language, buffer)
    else:
        _skipped(result.findings, language)
        if output_format == "csv":
            report.write_csv(result.overdue, result.due_soon, buffer, language)
        else:
            report.write_table(
                result.overdue, result.due_soon, when, within, by, language, buffer, result.ongoing
            )
    if buffer.getvalue():
        _emit(buffer.getvalue(), output, language, bom=output_format == "csv")
    _notices(result.notices, language)
    if result.findings.diagnostics:
        raise typer.Exit(EXIT_PROBLEMS)
    raise typer.Exit(EXIT_PROBLEMS if fail_if_any and result.overdue else EXIT_CLEAN)


@app.command(
    epilog=examples(
        ("plans/ 下全部方案的进度。Progress of every plan.", "campaign status"),
        (
            "一个方案，按某一天，JSON。One plan as of a day, as JSON.",
            "campaign status plans/demo-2026.yaml --as-of 2026-11-21 --format json",
        ),
    )
)
def status(
    paths: PathsArgument = None,
    as_of: AsOfOption = None,
    within: Annotated[
        int, typer.Option("--within", min=0, help="多少天内到期算“即将到期”。Days that count as due soon.")
    ] = 7,
    output_format: Annotated[str, typer.Option("--format", "-f", help="table 或 json。")] = "table",
    quiet: QuietOption = False,
    lang: LangOption = None,
) -> None:
    """按环节和牵头单位统计进度：完成、逾期、即将到期、是否落后。Progress by phase and unit.

    “落后”指环节时间已过的比例大于任务完成的比例。
    """
    import io

    from campaigntool.app import track
    from campaigntool.report import status as report

    language = detect_lang(lang)
    when = parse_as_of(as_of, language)
    _choice(output_format, ("table", "json"), "--format", language)
    with _usage(language):
        result = track.status(paths, when, within, _reading(language))
    buffer = io.StringIO()
    if output_format == "json":
        report.write_json(result, language, buffer)
    else:
        _skipped(result.findings, language)
        report.write_table(result.reports, language, buffer)
        if result.rollup is not None:
            report.write_rollup(result.rollup, language, buffer)
    _emit(buffer.getvalue(), None, language)
    _notices(result.notices, language)
    raise typer.Exit(EXIT_PROBLEMS if result.findings.diagnostics else EXIT_CLEAN)


@app.command(
    epilog=examples(
        ("终端里的时间线。The timeline in the terminal.", "campaign timeline plans/demo-2026.yaml"),
        (
            "Mermaid 甘特图，GitHub 可直接显示。A Mermaid chart.",
            "campaign timeline plans/demo-2026.yaml --format mermaid > 日程.md",
        ),
    )
)
def timeline(
    plan: Annotated[Path, typer.Argument(help="方案文件。Plan file.")],
    as_of: AsOfOption = None,
    output_format: Annotated[str, typer.Option("--format", "-f", help="terminal 或 mermaid。")] = "terminal",
    width: Annotated[
        int | None,
        typer.Option("--width", min=40, help="终端宽度（默认自动）。Width in cells.", show_default=False),
    ] = None,
    config: ConfigOption = None,
    quiet: QuietOption = False,
    lang: LangOption = None,
) -> None:
    """画出环节和任务的时间线，或输出 Mermaid 甘特图。Draw the timeline."""
    from rich.console import Console

    from campaigntool.app import track

    language = detect_lang(lang)
    when = parse_as_of(as_of, language)
    _choice(output_format, ("terminal", "mermaid"), "--format", language)
    settings = _settings(config, language)
    console = Console(highlight=False, emoji=False, width=width)
    with _usage(language):
        result = track.timeline(
            plan, when, output_format, width or console.width, language, settings.calendar()
        )
    _show_findings(result.findings, language)
    if result.findings.diagnostics:
        raise typer.Exit(EXIT_PROBLEMS)
    if result.data is not None:
        _emit(result.data.decode("utf-8"), None, language)
    for line in result.lines:
        console.print(line, overflow="ignore", crop=False, soft_wrap=True)
    _notices(result.notices, language)


@app.command(
    epilog=examples(
        (
            "写入日历文件，导入日历程序。A file to import.",
            "campaign ics plans/demo-2026.yaml -o 提质年活动.ics",
        ),
        ("输出到标准输出。To standard output.", "campaign ics plans/demo-2026.yaml -o -"),
    )
)
def ics(
    plan: Annotated[Path, typer.Argument(help="方案文件。Plan file.")],
    output: Annotated[
        Path,
        typer.Option(
            "--output", "-o", metavar="文件", help="要写入的 .ics 文件（- 为标准输出）。File to write."
        ),
    ],
    quiet: QuietOption = False,
    lang: LangOption = None,
) -> None:
    """导出日历文件：环节为多日事件，任务在时限当天。Export an iCalendar file.

    再次导入更新后的文件会更新原有事件，而不会重复。
    """
    from campaigntool.app import track

    language = detect_lang(lang)
    with _usage(language):
        result = track.ics(plan, language)
    _show_findings(result.findings, language)
    if result.data is None:
        raise typer.Exit(EXIT_PROBLEMS)
    _write(output, result.data, language)


# ------------------------------------------------------------------- render


@app.command(
    epilog=examples(
        ("印发通知和方案的文本。The notice and the plan as text.", "campaign render plans/demo-2026.yaml"),
        ("Word 文件。A Word file.", "campaign render plans/demo-2026.yaml --format docx -o 方案.docx"),
        (
            "可打印的网页。A printable web page.",
            "campaign render plans/demo-2026.yaml --format html -o 方案.html",
        ),
        (
            "只要总体日程安排。The schedule only.",
            "campaign render plans/demo-2026.yaml --part schedule --format md",
        ),
        (
            "没有 GB2312 字体的电脑换用别的字体。Other fonts.",
            "campaign render plans/demo-2026.yaml -f docx -o 方案.docx --font body=仿宋",
        ),
    )
)
def render(
    plan: Annotated[Path, typer.Argument(help="方案文件。Plan file.")],
    output_format: Annotated[str, typer.Option("--format", "-f", help="text、md、html 或 docx。")] = "text",
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            metavar="文件",
            help="写入文件（docx 必须指定；- 为标准输出）。File to write.",
            show_default=False,
        ),
    ] = None,
    part: Annotated[
        str, typer.Option("--part", help="all（通知和方案）、notice、plan 或 schedule。")
    ] = "all",
    template: Annotated[
        Path | None,
        typer.Option("--template", help="用自己的一个模板文件（可 extends 内置模板）。", show_default=False),
    ] = None,
    templates: Annotated[
        list[Path] | None,
        typer.Option("--templates", help="先在这个目录里找模板。Template folder searched first."),
    ] = None,
    font: Annotated[
        list[str] | None,
        typer.Option(
            "--font", help="Word 字体，如 body=仿宋；用途：body title heading1 heading2 mark page。"
        ),
    ] = None,
    force: Annotated[
        bool, typer.Option("--force", help="方案有错误也照样生成。Render despite errors.")
    ] = False,
    strict: Annotated[
        bool, typer.Option("--strict", help="未达到印发要求（P 规则）时不生成。Refuse on issuing warnings.")
    ] = False,
    config: ConfigOption = None,
    quiet: QuietOption = False,
    lang: LangOption = None,
) -> None:
    """生成印发通知和实施方案的公文（GB/T 9704-2012 格式）。Render the notice and the plan.

    有错误的方案不生成（退出码 1），除非 --force。未达到印发要求（占位符、缺成文日期等，P 规则）
    时给出警告，加 --strict 则不生成。文件原子写入：失败不会留下半个文件。
    """
    from campaigntool.app.render import FORMATS, RenderRequest, template_folders
    from campaigntool.app.render import render as command
    from campaigntool.config import FONT_ROLES
    from campaigntool.render.document import PARTS

    language = detect_lang(lang)
    _choice(output_format, FORMATS, "--format", language)
    _choice(part, PARTS, "--part", language)
    if output_format == "docx" and output is None:
        raise _fail(Text("docx 格式需要用 -o 指定输出文件", "the docx format needs -o FILE"), language)
    if output_format == "docx" and template is not None:
        raise _fail(
            Text("--template 只用于 text、md、html", "--template applies to text, md and html only"), language
        )
    settings = _settings(config, language)
    fonts = dict(settings.fonts)
    for item in font or []:
        role, _, name = item.partition("=")
        if role not in FONT_ROLES or not name.strip():
            raise _fail(
                Text(
                    f"--font 应写成 用途=字体，用途为 {'、'.join(FONT_ROLES)}",
                    f"--font takes ROLE=NAME, ROLE one of {', '.join(FONT_ROLES)}",
                ),
                language,
            )
        fonts[role] = name.strip()
    request = RenderRequest(
        plan,
        output_format,
        part,
        template,
        template_folders(plan, templates),
        fonts,
        force,
        strict or settings.strict,
    )
    with _usage(language):
        result = command(request, settings, date.today())
    _show_findings(result.findings, language)
    if result.data is None:
        raise _fail(result.refusal or Text("", ""), language, EXIT_PROBLEMS)
    if output is None or output_format != "docx":
        _emit(result.data.decode("utf-8"), output, language)
    else:
        _write(output, result.data, language)


# ------------------------------------------------------------------ authoring


@app.command(
    epilog=examples(
        (
            "写在方案旁边，供编辑器使用。Beside the plans, for editors.",
            "campaign schema -o plans/campaign.schema.json",
        ),
    )
    + "\n方案文件第一行写 `# yaml-language-server: $schema=campaign.schema.json`，VS Code 即可补全和提示。"
)
def schema(
    output: OutputOption = None,
    quiet: QuietOption = False,
    lang: LangOption = None,
) -> None:
    """输出方案文件的 JSON Schema（draft-07），供编辑器补全和检查。Print the plan's JSON Schema."""
    from campaigntool.app.authoring import schema as schema_text

    _emit(schema_text(), output, detect_lang(lang))


@app.command(
    epilog=examples(
        ("带注释的方案模板。A commented starter plan.", "campaign new plans/2027-作风建设.yaml"),
        (
            "写好发文机关和活动期间（--title 写标题）。With issuer and period.",
            "campaign new plans/plan.yaml --org 某市总工会 --start '2027-03 上旬' --end '2027-08 下旬'",
        ),
    )
)
def new(
    file: Annotated[Path, typer.Argument(help="要创建的方案文件。File to create.")] = Path(
        "plans/new-plan.yaml"
    ),
    title: Annotated[str | None, typer.Option("--title", help="方案标题。", show_default=False)] = None,
    org: Annotated[str | None, typer.Option("--org", help="发文机关全称。", show_default=False)] = None,
    start: Annotated[
        str | None,
        typer.Option("--start", help="活动开始，如 2027-03 上旬（默认下月上旬）。", show_default=False),
    ] = None,
    end: Annotated[
        str | None,
        typer.Option("--end", help="活动结束，如 2027-08 下旬（默认半年后）。", show_default=False),
    ] = None,
    quiet: QuietOption = False,
    lang: LangOption = None,
) -> None:
    """生成一份带注释的方案模板：三个环节、常见任务、领导小组。Write a starter plan.

    生成的文件可直接通过 campaign check；不会覆盖已有文件。
    """
    from campaigntool.app.authoring import starter

    language = detect_lang(lang)
    with _usage(language):
        text, schema = starter(file, title, org, start, end, date.today())
    file.parent.mkdir(parents=True, exist_ok=True)
    try:
        with file.open("x", encoding="utf-8") as handle:  # "x": never overwrite
            handle.write(text)
    except FileExistsError:
        raise _fail(
            Text(f"{file} 已存在，不会覆盖", f"{file} exists and will not be overwritten"), language
        ) from None
    if schema.create is not None:  # so that the editor's modeline resolves
        from campaigntool.schema import schema_text

        _write(schema.create, schema_text().encode("utf-8"), language)
    outputs.say(
        Text(
            f"已创建 {file}；填好【】中的内容后运行 campaign check {file}",
            f"created {file}; fill in the 【】 placeholders, then run campaign check {file}",
        ),
        language,
    )


@app.command(
    epilog=examples(
        ("整理 plans/ 下的全部方案。Format every plan under plans/.", "campaign fmt"),
        ("只检查，有文件需要整理时退出码为 1（用于 CI）。Check only.", "campaign fmt --check"),
        ("显示会怎样改，不写文件。Show the changes.", "campaign fmt --diff plans/demo-2026.yaml"),
        ("整理标准输入，结果写到标准输出。A filter.", "campaign fmt - < plans/demo-2026.yaml"),
    )
)
def fmt(
    paths: PathsArgument = None,
    check: Annotated[
        bool, typer.Option("--check", help="只检查不改写；有需要整理的文件时退出码为 1。Check only.")
    ] = False,
    diff: Annotated[
        bool,
        typer.Option(
            "--diff", help="输出会怎样改（统一差异格式），不写文件；有改动时退出码为 1。Show a diff."
        ),
    ] = False,
    stdin_filename: StdinFilenameOption = None,
    quiet: QuietOption = False,
    lang: LangOption = None,
) -> None:
    """把方案整理成统一格式：键的顺序、缩进、日期写法；注释和内容一律保留。Format plans.

    路径写 - 时整理标准输入，结果写到标准输出。Use - to format standard input to standard output.

    无法读取的文件（编码、语法错误）不改动，报告后退出码为 1。
    """
    from campaigntool.app.format import format_plans

    language = detect_lang(lang)
    with _usage(language):
        result = format_plans(paths, stdin_filename, outputs.meter(Text("整理中", "formatting"), language))
    _notices(result.notices, language)
    _show_findings(result.findings, language)
    for refused in result.refused:  # a problem, not a notice: --quiet shows it too
        typer.echo(refused(language), err=True)
    only_report = check or diff
    write_failures = 0
    for one in result.changed:
        if diff:
            outputs.emit(one.diff(), None, language)
        elif check:
            typer.echo(Text(f"需要整理：{one.shown}", f"would reformat: {one.shown}")(language))
        elif one.path is not None:
            try:  # one file that cannot be written never stops the run
                outputs.emit(one.after, one.path, language, announce=False)
            except outputs.WriteFailed as error:
                typer.echo(f"{one.shown}: {error.text(language)}", err=True)
                write_failures += 1
                continue
            outputs.say(Text(f"已整理：{one.shown}", f"reformatted: {one.shown}"), language, stdout=True)
    stdin = result.stdin
    if stdin is not None and not only_report:
        outputs.emit(stdin.after.decode("utf-8"), None, language)
    elif stdin is not None and stdin.changed:
        if diff:
            outputs.emit(stdin.diff(), None, language)
        else:
            typer.echo(Text(f"需要整理：{stdin.shown}", f"would reformat: {stdin.shown}")(language))
    changed = len(result.changed) - write_failures + (1 if stdin is not None and stdin.changed else 0)
    result.write_failures = write_failures
    if stdin is None or result.files or result.failed:
        outputs.say(_fmt_summary(result, changed, only_report), language)
    raise typer.Exit(EXIT_PROBLEMS if result.failed or (only_report and changed) else EXIT_CLEAN)


def _fmt_summary(result: "FormatResult", changed: int, only_report: bool) -> Text:
    verb = Text("需要整理", "would be reformatted") if only_report else Text("已整理", "reformatted")
    zh = f"{changed} 个文件{verb.zh}，{result.unchanged} 个文件无需改动"
    en = f"{changed} files {verb.en}, {result.unchanged} left unchanged"
    if result.skipped:
        zh += f"，{result.skipped} 个不是方案的文件未整理"
        en += f", {result.skipped} not plans and skipped"
    if result.failed:
        zh += f"，{result.failed} 个文件无法读取或整理"
        en += f", {result.failed} could not be read or formatted"
    return Text(zh + "。", en + ".")


def _reading(language: Lang) -> outputs.Meter:
    """A progress bar for commands that read many plans."""
    return outputs.meter(Text("读取中", "reading"), language)


@app.command(epilog="编辑器的设置见 docs/editors.md。Editor setup: docs/editors.md.")
def lsp(lang: LangOption = None) -> None:
    """语言服务器：编辑器里随写随查、悬停、补全、跳转和快速修复。Language server over stdio."""
    import gc

    from campaigntool.entry import DEFAULT_GC
    from campaigntool.lsp.start import start

    gc.set_threshold(*DEFAULT_GC)  # the server runs for hours: collect as usual
    problem = start(detect_lang(lang) if lang else None)
    if problem is not None:
        raise _fail(problem, detect_lang(lang))


@app.command(
    "import",
    epilog="示例 Examples:\n\n"
    "* `campaign import 实施方案.docx -o plans/2013-群众路线.yaml`\n\n"
    "* `campaign import 方案.txt --year 2013` 原文没写年份时指定年份",
)
def import_(
    source: Annotated[
        Path, typer.Argument(help="Word（.docx/.doc/.wps）、文本或 Markdown 文件。Document to import.")
    ],
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            help="方案文件（默认与原文同名的 .yaml）。Plan file to write.",
            show_default=False,
        ),
    ] = None,
    year: Annotated[
        int | None,
        typer.Option(
            "--year", help="原文日期不写年份时按哪一年。Year of dates without one.", show_default=False
        ),
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="覆盖已有的方案文件。Overwrite.")] = False,
    quiet: QuietOption = False,
    lang: LangOption = None,
) -> None:
    """把已有的方案（Word、文本、Markdown）导入为方案文件。Import an existing plan document.

    照录原文文字；识别标题、各级标题、环节及其时间、任务的牵头和时限、领导小组、署名、附件和版记；
    拿不准的地方在文件中加注“# 推测：”。不覆盖已有文件，除非 --force。
    """
    from campaigntool.app.importing import import_plan

    language = detect_lang(lang)
    with _usage(language):
        result = import_plan(source, output, year, force, date.today())
    _notices(result.notes, language)
    if result.text is None:
        _show_findings(result.findings, language)
        raise typer.Exit(EXIT_PROBLEMS)
    _show_findings(result.findings, language)
    result.output.parent.mkdir(parents=True, exist_ok=True)
    _write(result.output, result.text.encode("utf-8"), language, announce=False)
    if result.schema is not None and result.schema.create is not None and not result.schema.create.exists():
        from campaigntool.schema import schema_text

        _write(result.schema.create, schema_text().encode("utf-8"), language)
    if result.summary is not None:
        _notices([result.summary], language)


@app.command(
    epilog="示例 Examples:\n\n"
    "* `campaign ledger plans/demo-2026.yaml -o 台账.xlsx` Excel 台账\n\n"
    "* `campaign ledger plans/ -o 台账.xlsx` 多个方案合成一张台账\n\n"
    "* `campaign ledger plans/demo-2026.yaml -f docx -o 台账.docx` 横排的 Word 附件表"
)
def ledger(
    paths: Annotated[list[Path], typer.Argument(help="方案文件或目录。Plan files or folders.")],
    output: Annotated[Path, typer.Option("--output", "-o", help="要写入的文件。File to write.")],
    output_format: Annotated[
        str | None, typer.Option("--format", "-f", help="xlsx（默认）、csv 或 docx。", show_default=False)
    ] = None,
    quiet: QuietOption = False,
    lang: LangOption = None,
) -> None:
    """整改台账：每项整改任务一行（问题、措施、目标、责任、时限、完成情况、销号）。Rectification ledger."""
    from campaigntool.app.ledger import FORMATS
    from campaigntool.app.ledger import ledger as command

    language = detect_lang(lang)
    chosen = output_format or (output.suffix.lstrip(".").lower() if output.suffix else "xlsx")
    _choice(chosen, FORMATS, "--format", language)
    with _usage(language):
        result = command(paths, chosen)
    _notices(result.notices, language)
    _skipped(result.findings, language)
    if result.data is not None:
        _write(output, result.data, language)
    raise typer.Exit(EXIT_PROBLEMS if result.findings.diagnostics else EXIT_CLEAN)


@app.command(
    epilog="示例 Examples:\n\n"
    "* `campaign report plans/demo-2026.yaml --as-of 2026-11-21` 进展情况报告（文本）\n\n"
    "* `campaign report plans/demo-2026.yaml -f docx -o 进展报告.docx` Word 公文\n\n"
    "* `campaign report plans/demo-2026.yaml -f html -o 进展报告.html`"
)
def report(
    plan: Annotated[Path, typer.Argument(help="方案文件。Plan file.")],
    as_of: AsOfOption = None,
    output_format: Annotated[str, typer.Option("--format", "-f", help="text、md、html 或 docx。")] = "text",
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="写入文件（docx 必须指定）。File to write.", show_default=False),
    ] = None,
    config: ConfigOption = None,
    quiet: QuietOption = False,
    lang: LangOption = None,
) -> None:
    """进展情况报告或总结报告：数字由记录计算，手写段落取自方案的 report。Progress report.

    活动结束之后默认写总结报告。版式与 render 相同（GB/T 9704-2012）。方案有错误时不生成（退出码 1）。
    """
    from campaigntool.app.report import FORMATS
    from campaigntool.app.report import report as command

    language = detect_lang(lang)
    when = parse_as_of(as_of, language)
    _choice(output_format, FORMATS, "--format", language)
    if output_format == "docx" and output is None:
        raise _fail(Text("docx 格式需要用 -o 指定输出文件", "the docx format needs -o FILE"), language)
    settings = _settings(config, language)
    with _usage(language):
        result = command(plan, when, output_format, settings, dict(settings.fonts))
    _show_findings(result.findings, language)
    if result.data is None:
        raise _fail(result.refusal or Text("", ""), language, EXIT_PROBLEMS)
    _notices(result.notices, language)
    if output is None:
        sys.stdout.write(result.data.decode("utf-8"))
    else:
        _write(output, result.data, language)


defer_commands(app)  # after the last command above


def main() -> None:
    """Console entry point: never lets a traceback reach the user; ends as soon as it is done."""
    from campaigntool.command.leave import leave

    leave(_run())


def _run() -> int:
    try:
        app()
    except SystemExit as done:
        from campaigntool.command.leave import exit_code

        return exit_code(done)
    except KeyboardInterrupt:
        return 130
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
        return EXIT_INTERNAL
    return EXIT_CLEAN
