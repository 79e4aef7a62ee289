"""`campaign fmt`: plans rewritten in one canonical form, comments kept."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from campaigntool.app.sources import Meter, discover_plans, skipped_notices
from campaigntool.app.stdin import split
from campaigntool.diagnostics import CheckResult, FileResult
from campaigntool.i18n import Text


@dataclass(frozen=True)
class Formatted:
    """One readable plan: its text as it was and in canonical form."""

    #: None for standard input.
    path: Path | None
    shown: str
    before: bytes
    after: bytes

    @property
    def changed(self) -> bool:
        return self.before != self.after

    def diff(self) -> str:
        """A unified diff from the text as it was to the canonical one (empty when unchanged)."""
        import difflib

        before = self.before.decode("utf-8", errors="replace").splitlines(keepends=True)
        after = self.after.decode("utf-8").splitlines(keepends=True)
        lines = difflib.unified_diff(before, after, fromfile=self.shown, tofile=self.shown)
        return "".join(line if line.endswith("\n") else line + "\n" for line in lines)


@dataclass
class FormatResult:
    """What fmt did: files formatted (changed or not), or unreadable (with findings)."""

    findings: CheckResult = field(default_factory=CheckResult)
    files: list[Formatted] = field(default_factory=list)
    notices: list[Text] = field(default_factory=list)
    #: Standard input formatted, when it was given (`-`).
    stdin: Formatted | None = None

    @property
    def changed(self) -> list[Formatted]:
        return [one for one in self.files if one.changed]

    @property
    def unchanged(self) -> int:
        return sum(1 for one in self.files if not one.changed)

    @property
    def failed(self) -> int:
        return len(self.findings.files)


def format_plans(
    paths: list[Path] | None, stdin_filename: str | None = None, meter: Meter | None = None
) -> FormatResult:
    """The canonical text of every plan; the caller writes `changed` (or only reports, for --check).

    A `-` among the paths formats standard input, which the caller writes to standard output.
    """
    from campaigntool.files import shown
    from campaigntool.load import MAX_BYTES, load_file

    rest, stdin = split(paths, stdin_filename)
    result = FormatResult()
    if stdin is not None:
        result.stdin = _format(stdin.raw, stdin.name, None, result)
        if not rest:
            return result
    found = discover_plans(rest)
    result.notices = skipped_notices(found)
    step = meter(len(found.plans)) if meter is not None else None
    for path in found.plans:
        raw: bytes | None = None
        try:
            if path.stat().st_size <= MAX_BYTES:  # a larger file is refused unread by load_file
                raw = path.read_bytes()
        except OSError:
            pass  # load_file reports why it cannot be read
        if raw is None:
            loaded = load_file(path, shown(path))
            result.findings.files.append(FileResult(loaded.path, loaded.source, list(loaded.diagnostics)))
        else:
            formatted = _format(raw, shown(path), path, result)
            if formatted is not None:
                result.files.append(formatted)
        if step is not None:
            step(path)
    return result


def _format(raw: bytes, name: str, path: Path | None, result: FormatResult) -> Formatted | None:
    """The canonical form of a plan's bytes, or None (its reading problems added to `result`)."""
    from campaigntool.fmt import format_text
    from campaigntool.load import load_bytes

    loaded = load_bytes(raw, name)
    reading = [d for d in loaded.diagnostics if d.code.startswith("Y")]
    if reading or loaded.source is None:
        result.findings.files.append(FileResult(loaded.path, loaded.source, reading))
        return None
    return Formatted(path, loaded.path, raw, format_text(loaded.source).encode("utf-8"))
