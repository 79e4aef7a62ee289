"""`campaign fmt`: plans rewritten in one canonical form, comments kept."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from campaigntool.app.sources import Meter, discover_plans, skipped_notices
from campaigntool.app.stdin import split
from campaigntool.diagnostics import CheckResult, Diagnostic, FileResult, Severity
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
    #: Files left as they were because formatting them could not be done safely, with why.
    refused: list[Text] = field(default_factory=list)
    #: Files passed over because they are not plans (JSON, other YAML).
    skipped: int = 0
    #: Formatted files the caller could not write (a full disk, no permission).
    write_failures: int = 0

    @property
    def changed(self) -> list[Formatted]:
        return [one for one in self.files if one.changed]

    @property
    def unchanged(self) -> int:
        return sum(1 for one in self.files if not one.changed)

    @property
    def failed(self) -> int:
        return len(self.findings.files) + len(self.refused) + self.write_failures


def format_plans(
    paths: list[Path] | None, stdin_filename: str | None = None, meter: Meter | None = None
) -> FormatResult:
    """The canonical text of every plan; the caller writes `changed` (or only reports, for --check).

    A `-` among the paths formats standard input, which the caller writes to standard output.
    """
    from campaigntool.files import shown
    from campaigntool.load import read_plan_bytes

    rest, stdin = split(paths, stdin_filename)
    result = FormatResult()
    if stdin is not None:
        result.stdin = _format(stdin.raw, stdin.name, None, result)
        if not rest:
            return result
    found = discover_plans(rest)
    result.notices = skipped_notices(found)
    result.skipped = len(found.skipped)
    step = meter(len(found.plans)) if meter is not None else None
    for path in found.plans:
        raw = read_plan_bytes(path)  # a pipe or a device is refused before it is opened
        if isinstance(raw, bytes):
            formatted = _format(raw, shown(path), path, result)
            if formatted is not None:
                result.files.append(formatted)
        else:
            problem = Diagnostic(shown(path), raw.span, raw.code, Severity.ERROR, raw.message, raw.fix)
            result.findings.files.append(FileResult(shown(path), None, [problem]))
        if step is not None:
            step(path)
    return result


def _format(raw: bytes, name: str, path: Path | None, result: FormatResult) -> Formatted | None:
    """The canonical form of a plan's bytes, or None (why not is added to `result`).

    Formatting is checked before anything is written (`fmt.format_bytes`): a
    file it cannot do safely, or that is not a plan, is left as it was.
    """
    from campaigntool.fmt import FormatRefused, format_bytes, refusal
    from campaigntool.load import load_bytes

    try:
        outcome = format_bytes(raw, name)
    except FormatRefused as refused:
        result.refused.append(_named(name, refusal(refused.reason)))
        return None
    except Exception as error:  # one file's surprise must not stop the run
        result.refused.append(_named(name, refusal(Text(repr(error), repr(error)))))
        return None
    if outcome.outcome == "failed":
        loaded = load_bytes(raw, name)
        reading = [d for d in loaded.diagnostics if d.code.startswith("Y")] or list(loaded.diagnostics)
        result.findings.files.append(FileResult(name, loaded.source, reading))
        return None
    if outcome.outcome == "skipped":
        result.skipped += 1
        if outcome.notice is not None:
            result.notices.append(_named(name, outcome.notice))
        return None
    after = outcome.formatted.encode("utf-8") if outcome.formatted is not None else raw
    return Formatted(path, name, raw, after)


def _named(name: str, text: Text) -> Text:
    return Text(f"{name}：{text.zh}", f"{name}: {text.en}")
