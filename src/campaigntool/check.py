"""`campaign check`: find plan files, load each, run the selected rules.

One bad file never stops the others; every outcome is a diagnostic in the
file's result. Nothing here prints: the reporters do.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from campaigntool.config import ConfigError, Settings
from campaigntool.diagnostics import CheckResult, Diagnostic, FileResult, Severity
from campaigntool.i18n import Text
from campaigntool.load import Loaded, load_file
from campaigntool.rules import BY_CODE, Rule, RuleContext, matching

PLAN_SUFFIXES = (".yaml", ".yml")
_NOQA = re.compile(r"#\s*noqa(?::\s*(?P<codes>[A-Za-z]+[0-9]+(?:[\s,]+[A-Za-z]+[0-9]+)*))?", re.IGNORECASE)


@dataclass(frozen=True)
class Selection:
    """The rules that run, and the severity each reports with."""

    rules: tuple[type[Rule], ...]
    severity: dict[str, Severity]

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
        return cls(rules, dict(settings.severity))

    def severity_of(self, code: str) -> Severity:
        return self.severity.get(code) or BY_CODE[code].severity


def discover(paths: Sequence[Path]) -> list[Path]:
    """Plan files named or found below the named folders, in a stable order."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            below = [
                Path(root) / name
                for root, dirs, files in os.walk(path)
                for name in files
                if name.endswith(PLAN_SUFFIXES) and not _hidden(Path(root) / name, path)
            ]
            found.extend(sorted(below))
        elif path.exists():
            found.append(path)
        else:
            raise ConfigError(Text(f"路径不存在：{path}", f"no such file or folder: {path}"))
    unique = dict.fromkeys(found)
    return list(unique)


def _hidden(path: Path, base: Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(base).parts)


def shown(path: Path) -> str:
    """A path as users see it: relative to the current folder when below it."""
    try:
        return path.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return path.as_posix()


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


def check_loaded(loaded: Loaded, selection: Selection, as_of: date) -> FileResult:
    """Diagnostics of one loaded file: its reading problems, or its rules' findings."""
    file_result = FileResult(loaded.path, loaded.source)
    for problem in loaded.problems:
        file_result.diagnostics.append(
            Diagnostic(
                loaded.path,
                problem.span,
                problem.code,
                Severity.ERROR,
                problem.message,
                problem.fix,
            )
        )
    if loaded.plan is None or loaded.source_map is None:
        return file_result
    context = RuleContext(loaded.plan, as_of)
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
