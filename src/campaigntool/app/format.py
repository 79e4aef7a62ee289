"""`campaign fmt`: plans rewritten in one canonical form, comments kept."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from campaigntool.app.sources import discover_plans, skipped_notices
from campaigntool.diagnostics import CheckResult, FileResult
from campaigntool.i18n import Text


@dataclass
class FormatResult:
    """What fmt did: files rewritten (or that would be), left alone, or unreadable (with findings)."""

    findings: CheckResult = field(default_factory=CheckResult)
    changed: list[str] = field(default_factory=list)
    unchanged: int = 0
    written: dict[Path, bytes] = field(default_factory=dict)
    notices: list[Text] = field(default_factory=list)

    @property
    def failed(self) -> int:
        return len(self.findings.files)


def format_plans(paths: list[Path] | None) -> FormatResult:
    """The canonical text of every plan; the caller writes `written` (or only reports, for --check)."""
    from campaigntool.files import shown
    from campaigntool.fmt import format_text
    from campaigntool.load import MAX_BYTES, load_bytes, load_file

    found = discover_plans(paths)
    result = FormatResult(notices=skipped_notices(found))
    for path in found.plans:
        raw: bytes | None = None
        try:
            if path.stat().st_size <= MAX_BYTES:  # a larger file is refused unread by load_file
                raw = path.read_bytes()
        except OSError:
            pass  # load_file reports why it cannot be read
        loaded = load_bytes(raw, shown(path)) if raw is not None else load_file(path, shown(path))
        reading = [d for d in loaded.diagnostics if d.code.startswith("Y")]
        if reading or loaded.source is None:
            result.findings.files.append(FileResult(loaded.path, loaded.source, reading))
            continue
        formatted = format_text(loaded.source).encode("utf-8")
        if formatted == raw:
            result.unchanged += 1
            continue
        result.changed.append(loaded.path)
        result.written[path] = formatted
    return result
