"""The human format: grouped by file, the source line quoted, a caret under the spot.

Carets are placed by display width, so they sit under the right character in
Chinese text (a Chinese character takes two terminal cells).
"""

from __future__ import annotations

from typing import TextIO

from campaigntool.diagnostics import CheckResult, Diagnostic, FileResult, Severity
from campaigntool.i18n import Lang, Text

_STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}


def report(result: CheckResult, lang: Lang, out: TextIO) -> None:
    if not result.diagnostics:
        # Nothing to lay out: spare the clean run, the common case, loading rich.
        out.write(summary(result, lang) + "\n")
        return
    from rich.console import Console
    from rich.markup import escape

    console = Console(file=out, soft_wrap=True, highlight=False, emoji=False)
    for file_result in result.files:
        if not file_result.diagnostics:
            continue
        console.print(f"[bold]{escape(file_result.path)}[/]")
        for d in file_result.diagnostics:
            head = f"{d.line}:{d.col}"
            style = _STYLE[d.severity]
            console.print(
                f"  [dim]{head}[/]  [{style}]{d.severity.label(lang)}[/]  [bold]{d.code}[/]  {escape(d.message(lang))}"
            )
            lines = excerpt(file_result, d)
            if lines:
                console.print(escape(lines[0]), style="dim")
                console.print(escape(lines[1]), style=style)
            if d.fix:
                gutter = " " * len(str(d.line))
                console.print(f"  {gutter} = {escape(_FIX(lang))}{escape(d.fix(lang))}")
        console.print()
    console.print(summary(result, lang))


_FIX = Text("修改：", "fix: ")


def excerpt(file_result: FileResult, d: Diagnostic) -> list[str]:
    """The offending source line and a caret line under the reported span."""
    from rich.cells import cell_len

    source = file_result.source_line(d.line)
    if source is None:
        return []
    source = source.replace("\t", " ")
    number = str(d.line)
    gutter = " " * len(number)
    start = max(d.col - 1, 0)
    end = d.span.end_col - 1 if d.span.end_line == d.line else len(source)
    end = min(max(end, start + 1), max(len(source), start + 1))
    pad = cell_len(source[:start])
    width = max(cell_len(source[start:end]), 1)
    return [f"  {number} | {source}", f"  {gutter} | {' ' * pad}{'^' * width}"]


def summary(result: CheckResult, lang: Lang) -> str:
    files = len(result.files)
    errors, warnings, infos = (result.count(s) for s in Severity)
    if errors == warnings == infos == 0:
        return Text(f"检查了 {files} 个文件，没有发现问题。", f"{files} files checked, no problems found.")(
            lang
        )
    return Text(
        f"检查了 {files} 个文件：{errors} 个错误，{warnings} 个警告，{infos} 条提示。",
        f"{files} files checked: {errors} errors, {warnings} warnings, {infos} notes.",
    )(lang)
