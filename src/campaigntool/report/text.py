"""The human format: grouped by file, the source line quoted, a caret under the spot.

Carets are placed by display width, so they sit under the right character in
Chinese text (a Chinese character takes two terminal cells).
"""

from __future__ import annotations

from typing import TextIO

from campaigntool.diagnostics import CheckResult, Diagnostic, FileResult, Severity
from campaigntool.i18n import Lang, Text

_STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}


def report(result: CheckResult, lang: Lang, out: TextIO, *, quiet: bool = False) -> None:
    """Each file's findings with their lines; then the totals, unless quiet."""
    if not result.diagnostics:
        # Nothing to lay out: spare the clean run, the common case, loading rich.
        if not quiet:
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
    if not quiet:
        console.print(summary(result, lang))


_FIX = Text("修改：", "fix: ")


#: Display cells of source shown for one finding. A plan's paragraph is often
#: one 300-character line; quoting it whole for each of its findings buries the
#: report, so a window around the spot is shown instead, as ruff does. Fixed,
#: not the terminal's width, so a report reads the same everywhere.
WINDOW = 72
_CUT = "..."


def excerpt(file_result: FileResult, d: Diagnostic) -> list[str]:
    """The offending source line (or a window of it) and a caret line under the span."""
    from rich.cells import cell_len

    source = file_result.source_line(d.line)
    if source is None:
        return []
    source = source.replace("\t", " ")
    number = str(d.line)
    gutter = " " * len(number)
    start = min(max(d.col - 1, 0), len(source))
    end = d.span.end_col - 1 if d.span.end_line == d.line else len(source)
    end = min(max(end, start + 1), max(len(source), start + 1))
    first, last = window(source, start, end)
    head = _CUT if first > 0 else ""
    tail = _CUT if last < len(source) else ""
    pad = cell_len(head + source[first:start])
    width = max(cell_len(source[start : min(end, last)]), 1)
    return [f"  {number} | {head}{source[first:last]}{tail}", f"  {gutter} | {' ' * pad}{'^' * width}"]


def window(source: str, start: int, end: int, cells: int = WINDOW) -> tuple[int, int]:
    """Character range [first, last) of `source` to show: at most `cells` wide, holding `start`.

    A third of the width goes before the spot, the rest after it (the span
    and what follows explain more than what precedes); a window that reaches
    either end of the line is filled from the other side.
    """
    from rich.cells import cell_len

    if cell_len(source) <= cells:
        return 0, len(source)
    room = cells - 2 * len(_CUT)
    first, used = start, 0
    while first > 0 and used + cell_len(source[first - 1]) <= room // 3:
        first -= 1
        used += cell_len(source[first])
    last = start
    while last < len(source) and used + cell_len(source[last]) <= room:
        used += cell_len(source[last])
        last += 1
    while first > 0 and used + cell_len(source[first - 1]) <= room:
        first -= 1
        used += cell_len(source[first])
    return first, last


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
