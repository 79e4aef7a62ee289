"""`campaign check`: find plan files, load each, run the selected rules.

One bad file never stops the others; every outcome is a diagnostic in the
file's result. Nothing here prints: the reporters do.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from campaigntool.config import Settings
from campaigntool.diagnostics import CheckResult, Diagnostic, FileResult, Severity
from campaigntool.files import shown
from campaigntool.load import load_file
from campaigntool.plan import LoadedPlan
from campaigntool.rules import BY_CODE, Rule, RuleContext, matching
from campaigntool.workdays import WorkCalendar

_NOQA = re.compile(r"#\s*noqa(?::\s*(?P<codes>[A-Za-z]+[0-9]+(?:[\s,]+[A-Za-z]+[0-9]+)*))?", re.IGNORECASE)


@dataclass(frozen=True)
class Selection:
    """The rules that run, and the severity each reports with."""

    rules: tuple[type[Rule], ...]
    severity: dict[str, Severity]
    calendar: WorkCalendar = field(default_factory=WorkCalendar)

    @classmethod
    def from_settings(cls, settings: Settings) -> Selection:
        chosen: dict[str, type[Rule]] = {}
        for selector in settings.select:
            for rule in matching(selector):
                chosen[rule.code] = rule
        for selector in settings.ignore:
            for rule in matching(selector):
                chosen.pop(rule.code, None)
        rules = tuple(sorted(chosen.values(), key=lambda r: r.code))
        return cls(rules, dict(settings.severity), settings.calendar())

    def severity_of(self, code: str) -> Severity:
        return self.severity.get(code) or BY_CODE[code].severity


def check_files(
    files: Iterable[Path],
    selection: Selection,
    as_of: date,
    progress: Callable[[Path], None] | None = None,
) -> CheckResult:
    """Check every file; the result keeps the files' order."""
    result = CheckResult()
    for path in files:
        result.files.append(check_loaded(load_file(path, shown(path)), selection, as_of))
        if progress is not None:
            progress(path)
    return result


def check_loaded(loaded: LoadedPlan, selection: Selection, as_of: date) -> FileResult:
    """Diagnostics of one loaded file: its reading problems, or its rules' findings."""
    file_result = FileResult(loaded.path, loaded.source)
    file_result.diagnostics.extend(loaded.diagnostics)
    if not loaded.ok or loaded.source_map is None:
        return file_result
    context = RuleContext(loaded, as_of, selection.calendar)
    source_map = loaded.source_map
    for rule in selection.rules:
        severity = selection.severity_of(rule.code)
        for finding in rule().check(context):
            span = source_map.span(finding.loc, key=finding.key, offset=finding.offset, length=finding.length)
            diagnostic = Diagnostic(loaded.path, span, rule.code, severity, finding.message, finding.fix)
            if not _suppressed(file_result, diagnostic):
                file_result.diagnostics.append(diagnostic)
    file_result.diagnostics.sort(key=Diagnostic.sort_key)
    return file_result


def _suppressed(file_result: FileResult, diagnostic: Diagnostic) -> bool:
    """`# noqa` or `# noqa: D002, S004` on the reported line silences a rule."""
    line = file_result.source_line(diagnostic.line)
    if line is None or "#" not in line:
        return False
    match = _NOQA.search(line)
    if match is None:
        return False
    codes = match["codes"]
    return codes is None or diagnostic.code in re.split(r"[\s,]+", codes.upper())
