"""`campaign import`: an existing document (Word, text, Markdown) → a new plan file.

The result carries the plan's text, what was found, and what the secretary
should look at; a file that cannot become a plan is a diagnostic (I001–I005).
Nothing is written here: the CLI writes the file, never over an existing one
unless asked.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from campaigntool.app.errors import UsageError, folder_given, missing
from campaigntool.diagnostics import CheckResult, Diagnostic, FileResult, Severity, Span
from campaigntool.i18n import Text

if TYPE_CHECKING:
    from campaigntool.modeline import SchemaRef


@dataclass
class ImportResult:
    """The plan's text (None when the file could not be imported) and the findings."""

    output: Path
    text: str | None = None
    findings: CheckResult = field(default_factory=CheckResult)
    schema: SchemaRef | None = None
    summary: Text | None = None
    notes: list[Text] = field(default_factory=list)


def default_output(source: Path) -> Path:
    return source.with_suffix(".yaml")


def import_plan(
    source: Path, output: Path | None, year: int | None, force: bool, today: date
) -> ImportResult:
    """Read `source` into a plan; check the plan the way `campaign check` would."""
    from campaigntool.files import shown
    from campaigntool.importer import ImportProblem
    from campaigntool.importer.run import import_document
    from campaigntool.modeline import SchemaRef, schema_ref
    from campaigntool.recognise import SCHEMA_NAME

    if source.is_dir():
        raise folder_given(source)
    if not source.exists():
        raise missing(source)
    target = output or default_output(source)
    if target.exists() and not force:
        raise UsageError(
            Text(
                f"{target} 已存在，不会覆盖；用 -o 换一个文件名，或加 --force",
                f"{target} exists and will not be overwritten; choose another with -o, or use --force",
            )
        )
    if year is not None and not 1900 <= year <= 2200:
        raise UsageError(
            Text(f"--year 应为四位年份，不是 {year}", f"--year takes a four-digit year, not {year}")
        )
    # Written to standard output (`-o -`), the plan has no folder to put a schema in.
    schema = SchemaRef(SCHEMA_NAME) if target == Path("-") else schema_ref(target)
    result = ImportResult(target, schema=schema)
    try:
        imported = import_document(source, schema.ref, year, today.year)
    except ImportProblem as problem:
        diagnostic = Diagnostic(
            shown(source), Span.point(1, 1), problem.code, Severity.ERROR, problem.text, problem.fix
        )
        result.findings = CheckResult([FileResult(shown(source), None, [diagnostic])])
        return result
    result.text = imported.text
    result.notes = imported.notes
    result.findings = _errors(imported.text, shown(target), today)
    counts = imported.counts
    errors = len(result.findings.diagnostics)
    result.summary = Text(
        f"已导入 {source.name} → {target}：{counts.sections} 个部分，{counts.phases} 个环节，"
        f"{counts.tasks} 项任务，{counts.people} 人。"
        + (f"需要核对：{counts.guesses} 处推测（注释“# 推测：”）。" if counts.guesses else "")
        + "".join(f"{note}。" for note in counts.notes)
        + (f"campaign check 有 {errors} 个错误，见上。" if errors else ""),
        f"imported {source.name} → {target}: {counts.sections} sections, {counts.phases} phases, "
        f"{counts.tasks} tasks, {counts.people} people."
        + (f" To review: {counts.guesses} guesses (comments '# 推测：')." if counts.guesses else "")
        + (f" {len(counts.notes)} notes in Chinese (--lang zh)." if counts.notes else "")
        + (f" campaign check finds {errors} errors, shown above." if errors else ""),
    )
    return result


def _errors(text: str, name: str, today: date) -> CheckResult:
    """The errors `campaign check` would report in the new plan (warnings are the secretary's to read)."""
    from campaigntool.check import Selection, check_loaded
    from campaigntool.config import Settings
    from campaigntool.load import load_text

    loaded = load_text(text, name)
    checked = check_loaded(loaded, Selection.from_settings(Settings()), today)
    errors = [d for d in checked.diagnostics if d.severity is Severity.ERROR]
    return CheckResult([FileResult(name, text, errors)] if errors else [])
