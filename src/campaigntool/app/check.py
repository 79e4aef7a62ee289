"""`campaign check`: every plan file under the paths, through every selected rule."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from campaigntool.app.errors import UsageError
from campaigntool.app.stdin import StandardInput, split
from campaigntool.config import ConfigError, Settings, validate_selector
from campaigntool.diagnostics import CheckResult
from campaigntool.i18n import Text


def apply_selection(settings: Settings, select: list[str], ignore: list[str]) -> Settings:
    """Command-line --select replaces the configured selection; --ignore adds to it."""
    try:
        for code in select:
            validate_selector(code)
        for code in ignore:
            validate_selector(code, ignoring=True)
    except ConfigError as error:
        raise UsageError(error.text) from None
    if select:
        settings.select = list(select)
    settings.ignore = [*settings.ignore, *ignore]
    return settings


@dataclass
class Sources:
    """What a run checks: plan files found under the paths, and standard input if asked for."""

    files: list[Path] = field(default_factory=list)
    stdin: StandardInput | None = None
    #: Files passed over because they are not plans.
    notices: list[Text] = field(default_factory=list)


def sources(paths: list[Path] | None, stdin_filename: str | None = None) -> Sources:
    """The plan files under the paths (default plans/), and standard input for a `-` among them."""
    from campaigntool.app.sources import discover_plans, skipped_notices

    rest, stdin = split(paths, stdin_filename)
    if stdin is not None and not rest:
        return Sources(stdin=stdin)
    found = discover_plans(rest)
    return Sources(found.plans, stdin, skipped_notices(found))


def check(
    files: list[Path],
    settings: Settings,
    as_of: date,
    progress: Callable[[Path], None] | None = None,
    stdin: StandardInput | None = None,
) -> CheckResult:
    """Check the files (from `discover_plans`), then standard input; one bad file never stops the others."""
    from campaigntool.check import Selection, check_files, check_loaded
    from campaigntool.load import load_bytes

    selection = Selection.from_settings(settings)
    result = check_files(files, selection, as_of, progress=progress)
    if stdin is not None:
        result.files.append(check_loaded(load_bytes(stdin.raw, stdin.name), selection, as_of))
    return result
