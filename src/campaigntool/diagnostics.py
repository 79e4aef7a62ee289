"""Diagnostics: every problem the tool finds, as data with a code and a place.

YAML syntax errors, validation errors and rule findings all end up as one
`Diagnostic`; reporters only format them. Positions are 1-based, columns are
counted in characters (a Chinese character is one column), as editors do.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

from campaigntool.i18n import Text


class Severity(Enum):
    """How serious a finding is; the value is what configuration files say."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def label(self) -> Text:
        return {
            "error": Text("错误", "error"),
            "warning": Text("警告", "warning"),
            "info": Text("提示", "info"),
        }[self.value]


@dataclass(frozen=True, slots=True)
class Span:
    """A place in a file: start and (exclusive) end, 1-based lines and columns."""

    line: int
    col: int
    end_line: int
    end_col: int

    @classmethod
    def point(cls, line: int, col: int) -> Span:
        return cls(line, col, line, col + 1)


@dataclass(frozen=True, slots=True)
class Diagnostic:
    """One problem in one file."""

    path: str
    span: Span
    code: str
    severity: Severity
    message: Text
    fix: Text | None = None

    @property
    def line(self) -> int:
        return self.span.line

    @property
    def col(self) -> int:
        return self.span.col

    def sort_key(self) -> tuple[str, int, int, str]:
        return (self.path, self.span.line, self.span.col, self.code)


@dataclass
class FileResult:
    """What checking one file produced; `source` lets reporters quote lines."""

    path: str
    source: str | None
    diagnostics: list[Diagnostic] = field(default_factory=list)
    #: Findings silenced by noqa comments: not reported, but counted.
    suppressed: list[Diagnostic] = field(default_factory=list)
    _lines: list[str] | None = field(default=None, init=False, repr=False)

    def source_line(self, line: int) -> str | None:
        if self.source is None:
            return None
        if self._lines is None:
            self._lines = self.source.splitlines()
        return self._lines[line - 1] if 0 < line <= len(self._lines) else None


@dataclass
class CheckResult:
    """All files of one run, in the order they were checked."""

    files: list[FileResult] = field(default_factory=list)

    @property
    def diagnostics(self) -> list[Diagnostic]:
        return [d for f in self.files for d in f.diagnostics]

    def count(self, severity: Severity) -> int:
        return sum(1 for d in self.diagnostics if d.severity is severity)

    def failed(self, strict: bool) -> bool:
        """Errors fail a run; warnings too under --strict; infos never do."""
        worst = {d.severity for d in self.diagnostics}
        return Severity.ERROR in worst or (strict and Severity.WARNING in worst)
