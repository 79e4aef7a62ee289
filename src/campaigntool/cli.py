"""The `campaign` command: arguments, exit codes, nothing else.

Exit codes: 0 clean (warnings allowed), 1 problems found, 2 usage or
configuration error, 3 internal error. Heavy libraries are imported inside the
commands that need them, so `campaign check` starts fast.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, cast

# campaign uses no pydantic plugins; looking for them reads the metadata of
# every installed package at each start (about 15 ms). A user may still opt in.
os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")

import typer

from campaigntool.i18n import Lang, Text, detect_lang

if TYPE_CHECKING:
    from campaigntool.config import Settings
    from campaigntool.diagnostics import Diagnostic
    from campaigntool.render.document import Part
    from campaigntool.track import PlanFile
    from campaigntool.workdays import WorkCalendar
    from campaigntool.yamlsource import YamlProblem

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

PathsArgument = Annotated[
    list[Path] | None,
    typer.Argument(help="方案文件或目录（默认 plans/）。Plan files or folders.", show_default=False),
]
ConfigOption = Annotated[
    Path | None, typer.Option("--config", help="配置文件（默认就近的 campaign.toml）。", show_default=False)
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


def _folder(path: Path) -> Text:
    return Text(f"{path} 是目录，请给出一个方案文件", f"{path} is a folder; give one plan file")


def _missing(path: Path) -> Text:
    return Text(f"路径不存在：{path}", f"no such file or folder: {path}")


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
    as_of: AsOfOption = None,
    config: ConfigOption = None,
    lang: LangOption = None,
) -> None:
    """检查方案：日期、环节、责任、公文格式与进度。Lint plans.

    退出码 Exit codes: 0 没有错误 clean; 1 有错误（或 --strict 时有警告） problems; 2 用法或配置错误 usage.
    """
    from campaigntool.check import Selection, check_files
    from campaigntool.config import ConfigError, validate_selector
    from campaigntool.report import FORMATS, reporter

    language = detect_lang(lang)
    when = parse_as_of(as_of, language)
    chosen = output_format or ("github" if os.environ.get("GITHUB_ACTIONS") == "true" else "text")
    _choice(chosen, FORMATS, "--format", language)
    settings = _settings(config, language)
    selected, ignored = _codes(select), _codes(ignore)
    try:
        for code in selected:
            validate_selector(code)
        for code in ignored:
            validate_selector(code, ignoring=True)
    except ConfigError as error:
        raise _fail(error.text, language) from None
    if selected:
        settings.select = selected
    settings.ignore += ignored
    files = _discover(paths, language)
    if not files:
        typer.echo(
            Text("没有找到 .yaml 或 .yml 方案文件。", "no .yaml or .yml plan files found.")(language),
            err=True,
        )
    result = check_files(
        files, Selection.from_settings(settings), when, progress=_progress(len(files), language)
    )
    reporter(chosen)(result, language, sys.stdout)
    raise typer.Exit(EXIT_PROBLEMS if result.failed(strict or settings.strict) else EXIT_CLEAN)


def _progress(total: int, language: Lang) -> Callable[[Path], None] | None:
    """A progress bar on a terminal for long runs; nothing in pipes and CI logs."""
    if total < 50 or not sys.stderr.isatty():
        return None
    from rich.progress import Progress

    bar = Progress(transient=True, console=None)
    task = bar.add_task(Text("检查中", "checking")(language), total=total)
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


# ------------------------------------------------------------------ tracking


def _settings(config: Path | None, language: Lang) -> Settings:
    from campaigntool.config import ConfigError, load_settings

    try:
        return load_settings(config)
    except ConfigError as error:
        raise _fail(error.text, language) from None


def _discover(paths: list[Path] | None, language: Lang) -> list[Path]:
    """Plan files under the paths (default plans/); a missing path is a usage error."""
    from campaigntool.files import MissingPath, discover

    try:
        return discover(paths or [Path("plans")])
    except MissingPath as missing:
        raise _fail(_missing(missing.path), language) from None


def _sources(paths: list[Path] | None, language: Lang) -> tuple[list[PlanFile], bool]:
    """Valid plans under the paths; broken files are reported on stderr and skipped."""
    from campaigntool.files import shown
    from campaigntool.load import load_file
    from campaigntool.track import PlanFile

    files = _discover(paths, language)
    sources: list[PlanFile] = []
    broken = False
    for path in files:
        loaded = load_file(path, shown(path))
        if loaded.plan is None:
            broken = True
            _echo_problems(loaded.path, loaded.problems, language)
            continue
        sources.append(PlanFile(loaded.path, loaded.plan))
    if broken:
        typer.echo(
            Text(
                "以上文件有错误，已跳过；请先运行 campaign check。",
                "the files above have errors and were skipped; run campaign check.",
            )(language),
            err=True,
        )
    return sources, broken


def _echo_problems(path: str, problems: Sequence[YamlProblem | Diagnostic], language: Lang) -> None:
    """Reading problems on standard error, one `path:line:col: CODE message` line each."""
    for problem in problems:
        typer.echo(
            f"{path}:{problem.span.line}:{problem.span.col}: {problem.code} {problem.message(language)}",
            err=True,
        )


def _calendar_notice(calendar: WorkCalendar, language: Lang) -> None:
    notice = calendar.notice()
    if notice is not None:
        typer.echo(notice(language), err=True)


@app.command(
    epilog="示例 Examples:\n\n"
    "* `campaign overdue` 按牵头单位列出逾期任务（督办）\n\n"
    "* `campaign overdue --within 7` 加上 7 天内到期的任务\n\n"
    "* `campaign overdue --by phase --workdays`\n\n"
    "* `campaign overdue --format csv -o 逾期.csv` 可用 Excel 打开\n\n"
    "* `campaign overdue --fail-if-any` 有逾期时退出码为 1（定时 CI 任务）"
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
        str, typer.Option("--by", help="分组：lead（牵头单位）、phase（环节）或 none。Group by.")
    ] = "lead",
    output_format: Annotated[str, typer.Option("--format", "-f", help="table、json 或 csv。")] = "table",
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="写入文件（csv 带 BOM，便于 Excel 打开）。", show_default=False),
    ] = None,
    workdays: Annotated[
        bool, typer.Option("--workdays", help="同时按工作日计算逾期天数。Count working days too.")
    ] = False,
    fail_if_any: Annotated[
        bool, typer.Option("--fail-if-any", help="有逾期任务时退出码为 1。Exit 1 if anything is overdue.")
    ] = False,
    config: ConfigOption = None,
    lang: LangOption = None,
) -> None:
    """列出逾期和即将到期的任务，按牵头单位分组。List overdue tasks by responsible unit.

    时限按最后一天计：2014-04 下旬 到 5 月 1 日才算逾期；当天到期不算逾期。
    """
    import io

    from campaigntool.report import overdue as report
    from campaigntool.track import overdue_and_due_soon

    language = detect_lang(lang)
    when = parse_as_of(as_of, language)
    _choice(by, ("lead", "phase", "none"), "--by", language)
    _choice(output_format, ("table", "json", "csv"), "--format", language)
    settings = _settings(config, language)
    sources, broken = _sources(paths, language)
    calendar = settings.calendar()
    late, soon = overdue_and_due_soon(sources, when, within, calendar if workdays else None)
    buffer = io.StringIO()
    if output_format == "json":
        report.write_json(late, soon, when, within, buffer)
    elif output_format == "csv":
        report.write_csv(late, soon, buffer)
    else:
        report.write_table(late, soon, when, within, by, language, buffer)
    _emit(buffer.getvalue(), output, language, bom=output_format == "csv")
    if workdays:
        _calendar_notice(calendar, language)
    if broken:
        raise typer.Exit(EXIT_PROBLEMS)
    raise typer.Exit(EXIT_PROBLEMS if fail_if_any and late else EXIT_CLEAN)


@app.command(
    epilog="示例 Examples:\n\n* `campaign status`\n\n* `campaign status plans/demo-2026.yaml --as-of 2026-11-21 --format json`"
)
def status(
    paths: PathsArgument = None,
    as_of: AsOfOption = None,
    within: Annotated[
        int, typer.Option("--within", min=0, help="多少天内到期算“即将到期”。Days that count as due soon.")
    ] = 7,
    output_format: Annotated[str, typer.Option("--format", "-f", help="table 或 json。")] = "table",
    lang: LangOption = None,
) -> None:
    """按环节和牵头单位统计进度：完成、逾期、即将到期、是否落后。Progress by phase and unit.

    “落后”指环节时间已过的比例大于任务完成的比例。
    """
    import io

    from campaigntool.report import status as report
    from campaigntool.track import status as progress

    language = detect_lang(lang)
    when = parse_as_of(as_of, language)
    _choice(output_format, ("table", "json"), "--format", language)
    sources, broken = _sources(paths, language)
    reports = [(source.path, progress(source, when, within)) for source in sources]
    buffer = io.StringIO()
    if output_format == "json":
        report.write_json(reports, when, buffer)
    else:
        report.write_table(reports, language, buffer)
    _emit(buffer.getvalue(), None, language)
    raise typer.Exit(EXIT_PROBLEMS if broken else EXIT_CLEAN)


@app.command(
    epilog="示例 Examples:\n\n* `campaign timeline plans/demo-2026.yaml`\n\n"
    "* `campaign timeline plans/demo-2026.yaml --format mermaid > 日程.md` GitHub 可直接显示"
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
    lang: LangOption = None,
) -> None:
    """画出环节和任务的时间线，或输出 Mermaid 甘特图。Draw the timeline."""
    from campaigntool import timeline as chart

    language = detect_lang(lang)
    when = parse_as_of(as_of, language)
    _choice(output_format, ("terminal", "mermaid"), "--format", language)
    settings = _settings(config, language)
    source = _single(plan, language)
    if output_format == "mermaid":
        calendar = settings.calendar()
        _emit(chart.mermaid(source, when, calendar), None, language)
        _calendar_notice(calendar, language)
        return
    from rich.console import Console

    console = Console(highlight=False, emoji=False, width=width)
    for line in chart.terminal_lines(source, when, width or console.width, language):
        console.print(line, overflow="ignore", crop=False, soft_wrap=True)


@app.command(epilog="示例 Examples:\n\n* `campaign ics plans/demo-2026.yaml -o 提质年活动.ics`")
def ics(
    plan: Annotated[Path, typer.Argument(help="方案文件。Plan file.")],
    output: Annotated[Path, typer.Option("--output", "-o", help="要写入的 .ics 文件。File to write.")],
    lang: LangOption = None,
) -> None:
    """导出日历文件：环节为多日事件，任务在时限当天。Export an iCalendar file.

    再次导入更新后的文件会更新原有事件，而不会重复。
    """
    from campaigntool.ics import calendar_bytes

    language = detect_lang(lang)
    source = _single(plan, language)
    _write(output, calendar_bytes(source, language), language)


def _single(plan: Path, language: Lang) -> PlanFile:
    if plan.is_dir():
        raise _fail(_folder(plan), language)
    sources, broken = _sources([plan], language)
    if broken or not sources:
        raise typer.Exit(EXIT_PROBLEMS)
    return sources[0]


def _choice(value: str, allowed: tuple[str, ...], option: str, language: Lang) -> None:
    if value not in allowed:
        raise _fail(
            Text(
                f"{option} 不能是“{value}”；可选：{'、'.join(allowed)}",
                f"{option} cannot be '{value}'; one of {', '.join(allowed)}",
            ),
            language,
        )


def _write(output: Path, data: bytes, language: Lang, *, announce: bool = True) -> None:
    """Write a whole file atomically; a failure is a sentence and exit 2, never a traceback."""
    from campaigntool.files import write_atomic

    try:
        write_atomic(output, data)
    except OSError as error:
        reason = error.strerror or str(error)
        raise _fail(
            Text(f"无法写入 {output}：{reason}", f"cannot write {output}: {reason}"), language
        ) from None
    if announce:
        typer.echo(Text(f"已写入 {output}", f"wrote {output}")(language), err=True)


def _emit(text: str, output: Path | None, language: Lang, *, bom: bool = False) -> None:
    """Text to standard output, or to a file."""
    if output is None:
        sys.stdout.write(text)
    else:
        _write(output, (("\ufeff" if bom else "") + text).encode("utf-8"), language)


@app.command(
    epilog="示例 Examples:\n\n"
    "* `campaign render plans/demo-2026.yaml` 印发通知和方案的文本\n\n"
    "* `campaign render plans/demo-2026.yaml --format docx -o 方案.docx` Word 文件\n\n"
    "* `campaign render plans/demo-2026.yaml --format html -o 方案.html` 可打印的网页\n\n"
    "* `campaign render plans/demo-2026.yaml --part schedule --format md` 只要总体日程安排\n\n"
    "* `campaign render plans/demo-2026.yaml --format docx -o 方案.docx --font body=仿宋 --font heading2=楷体`"
)
def render(
    plan: Annotated[Path, typer.Argument(help="方案文件。Plan file.")],
    output_format: Annotated[str, typer.Option("--format", "-f", help="text、md、html 或 docx。")] = "text",
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="写入文件（docx 必须指定）。File to write.", show_default=False),
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
    config: ConfigOption = None,
    lang: LangOption = None,
) -> None:
    """生成印发通知和实施方案的公文（GB/T 9704-2012 格式）。Render the notice and the plan.

    有错误的方案不生成（退出码 1），除非 --force。文件原子写入：失败不会留下半个文件。
    """
    from campaigntool.config import FONT_ROLES
    from campaigntool.render.document import PARTS

    language = detect_lang(lang)
    _choice(output_format, ("text", "md", "html", "docx"), "--format", language)
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
    source = _renderable(plan, settings, force, language)
    data = _rendered(
        source, output_format, part, template, _template_folders(plan, templates), fonts, language
    )
    if output is None:
        sys.stdout.write(data.decode("utf-8"))
    else:
        _write(output, data, language)


def _renderable(plan: Path, settings: Settings, force: bool, language: Lang) -> PlanFile:
    """The plan, if it has no errors (or --force): a document is not made from a broken plan."""
    from campaigntool.check import Selection, check_loaded
    from campaigntool.diagnostics import Severity
    from campaigntool.files import shown
    from campaigntool.load import load_file
    from campaigntool.track import PlanFile

    if plan.is_dir():
        raise _fail(_folder(plan), language)
    if not plan.exists():  # a pipe or a device is refused, with its reason, by load_file
        raise _fail(_missing(plan), language)
    loaded = load_file(plan, shown(plan))
    result = check_loaded(loaded, Selection.from_settings(settings), date.today())
    errors = [d for d in result.diagnostics if d.severity is Severity.ERROR]
    _echo_problems(loaded.path, errors, language)
    if loaded.plan is None or (errors and not force):
        hint = Text(
            "方案有错误，未生成；改正后重试，或加 --force。",
            "the plan has errors and was not rendered; fix them or use --force.",
        )
        raise _fail(hint, language, EXIT_PROBLEMS)
    return PlanFile(loaded.path, loaded.plan)


def _template_folders(plan: Path, templates: list[Path] | None) -> tuple[Path, ...]:
    """--templates folders, then a templates/ folder beside the plans, if any."""
    folders = [folder.resolve() for folder in templates or []]
    beside = plan.resolve().parent / "templates"
    if beside.is_dir():
        folders.append(beside)
    return tuple(folders)


def _rendered(
    source: PlanFile,
    output_format: str,
    part: str,
    template: Path | None,
    folders: tuple[Path, ...],
    fonts: dict[str, str],
    language: Lang,
) -> bytes:
    from campaigntool.render.document import build
    from campaigntool.render.environment import TemplateProblem

    if output_format == "docx":
        from campaigntool.render.docx_writer import Fonts, docx_bytes

        return docx_bytes(build(source.plan, cast("Part", part)), Fonts(**fonts))
    from campaigntool.render.output import render_text

    if template is not None and not template.is_file():
        raise _fail(_missing(template), language)
    try:
        text = render_text(source.plan, output_format, cast("Part", part), template, folders)
    except TemplateProblem as problem:
        raise _fail(problem.text, language) from None
    return text.encode("utf-8")


@app.command(
    epilog="示例 Examples:\n\n* `campaign schema -o plans/campaign.schema.json`\n\n"
    "方案文件第一行写 `# yaml-language-server: $schema=campaign.schema.json`，VS Code 即可补全和提示。"
)
def schema(
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="写入文件（默认输出到屏幕）。", show_default=False)
    ] = None,
    lang: LangOption = None,
) -> None:
    """输出方案文件的 JSON Schema（draft-07），供编辑器补全和检查。Print the plan's JSON Schema."""
    from campaigntool.schema import schema_text

    _emit(schema_text(), output, detect_lang(lang))


@app.command(
    epilog="示例 Examples:\n\n"
    "* `campaign new plans/2027-作风建设.yaml`\n\n"
    "* `campaign new plans/plan.yaml --org 某市总工会 --title 某市总工会关于开展作风建设年活动的实施方案 "
    "--start '2027-03 上旬' --end '2027-08 下旬'`"
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
    lang: LangOption = None,
) -> None:
    """生成一份带注释的方案模板：三个环节、常见任务、领导小组。Write a starter plan.

    生成的文件可直接通过 campaign check；不会覆盖已有文件。
    """
    from campaigntool.dates import DateRangeError, DateSyntaxError, PlanDate
    from campaigntool.starter import default_period, starter_plan

    language = detect_lang(lang)
    if file.exists():
        raise _fail(
            Text(f"{file} 已存在，不会覆盖；换一个文件名", f"{file} exists and will not be overwritten"),
            language,
        )
    first, last = default_period(date.today())
    try:
        first = PlanDate.parse(start) if start else first
        last = PlanDate.parse(end) if end else last
    except (DateSyntaxError, DateRangeError) as error:
        raise _fail(
            Text(f"日期“{error}”写法不对，如 2027-03 上旬", f"'{error}' is not a date such as 2027-03 上旬"),
            language,
        ) from None
    try:
        text = starter_plan(file.stem, title, org, first, last)
    except ValueError:
        raise _fail(
            Text("活动期间至少要有三个旬", "the period must span at least three 旬 (ten-day periods)"),
            language,
        ) from None
    file.parent.mkdir(parents=True, exist_ok=True)
    try:
        with file.open("x", encoding="utf-8") as handle:  # "x": never overwrite
            handle.write(text)
    except FileExistsError:
        raise _fail(
            Text(f"{file} 已存在，不会覆盖", f"{file} exists and will not be overwritten"), language
        ) from None
    typer.echo(
        Text(
            f"已创建 {file}；填好【】中的内容后运行 campaign check {file}",
            f"created {file}; fill in the 【】 placeholders, then run campaign check {file}",
        )(language),
        err=True,
    )


@app.command(
    epilog="示例 Examples:\n\n* `campaign fmt` 整理 plans/ 下的全部方案\n\n"
    "* `campaign fmt --check` 只检查，有文件需要整理时退出码为 1（用于 CI）"
)
def fmt(
    paths: PathsArgument = None,
    check: Annotated[
        bool, typer.Option("--check", help="只检查不改写；有需要整理的文件时退出码为 1。")
    ] = False,
    lang: LangOption = None,
) -> None:
    """把方案整理成统一格式：键的顺序、缩进、日期写法；注释和内容一律保留。Format plans.

    无法读取的文件（编码、语法错误）不改动，报告后退出码为 1。
    """
    from campaigntool.files import shown
    from campaigntool.fmt import format_file, summary

    language = detect_lang(lang)
    files = _discover(paths, language)
    results = []
    for path in files:
        result = format_file(path, shown(path), write=not check)
        for line in result.lines(language):
            typer.echo(line, err=True)
        if result.outcome == "changed":
            typer.echo(result.announcement(check)(language))
        results.append(result)
    typer.echo(summary(results, check)(language), err=True)
    failed = any(r.outcome == "failed" for r in results)
    changed = any(r.outcome == "changed" for r in results)
    raise typer.Exit(EXIT_PROBLEMS if failed or (check and changed) else EXIT_CLEAN)


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
