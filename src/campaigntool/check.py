"""`campaign check`: find plan files, load each, run the selected rules.

One bad file never stops the others; every outcome is a diagnostic in the
file's result. Nothing here prints: the reporters do.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from campaigntool.config import Settings
from campaigntool.diagnostics import CheckResult, Diagnostic, FileResult, Severity
from campaigntool.files import shown
from campaigntool.load import load_file
from campaigntool.noqa import Suppressions, parse
from campaigntool.plan import LoadedPlan
from campaigntool.rules import ALL, BY_CODE, CHECKS, Rule, RuleContext, matching
from campaigntool.workdays import WorkCalendar


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
    findings: list[Diagnostic] = []
    for rule in selection.rules:
        severity = selection.severity_of(rule.code)
        for finding in rule().check(context):
            span = source_map.span(finding.loc, key=finding.key, offset=finding.offset, length=finding.length)
            findings.append(Diagnostic(loaded.path, span, rule.code, severity, finding.message, finding.fix))
    suppressions = Suppressions(loaded.path, parse(loaded.source), _SILENCEABLE, _FIXED)
    file_result.diagnostics.extend(suppressions.apply(findings))
    file_result.suppressed = suppressions.silenced
    ran = {rule.code for rule in selection.rules}
    file_result.diagnostics.extend(suppressions.problems(ran, selection.severity_of))
    file_result.diagnostics.sort(key=Diagnostic.sort_key)
    return file_result


_SILENCEABLE = frozenset(rule.code for rule in CHECKS)
_FIXED = frozenset(rule.code for rule in ALL if not rule.configurable)
