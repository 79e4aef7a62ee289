"""The one door into the check pipeline: plan text and its path → diagnostics.

Everything the server needs from loading, configuration and the rules passes
through here, so a change in that pipeline is rewired in this module only.
The configuration is looked up on every check, so an edit to `campaign.toml`
applies at the next keystroke; it is parsed again only when one of the files
it may come from has changed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from campaigntool.check import Selection, check_loaded
from campaigntool.config import CONFIG_NAME, ConfigError, Settings, load_settings
from campaigntool.diagnostics import Diagnostic, Severity, Span
from campaigntool.i18n import Text
from campaigntool.load import load_text
from campaigntool.plan import LoadedPlan
from campaigntool.workdays import WorkCalendar


@dataclass
class Checked:
    """One check of one text: its diagnostics and, when it validated, the loaded plan."""

    diagnostics: list[Diagnostic]
    loaded: LoadedPlan | None = None
    calendar: WorkCalendar = field(default_factory=WorkCalendar)


def check_text(text: str, path: Path | None, as_of: date, folder: Path | None = None) -> Checked:
    """Check plan text as `campaign check` would check the file at `path`.

    `folder` is where to look for configuration when the text has no path
    yet (an unsaved buffer): the workspace's root.
    """
    shown = str(path) if path is not None else "untitled"
    start = path.parent if path is not None else (folder or Path.cwd())
    settings, config_problem = _settings(start)
    selection = Selection.from_settings(settings)
    loaded = load_text(text, shown)
    result = check_loaded(loaded, selection, as_of)
    diagnostics = list(result.diagnostics)
    if config_problem is not None:
        diagnostics.insert(0, config_problem)
    return Checked(diagnostics, loaded if loaded.ok else None, selection.calendar)


_CANDIDATES = (CONFIG_NAME, "pyproject.toml")
_cache: dict[tuple[Path, tuple[tuple[str, int], ...]], tuple[Settings, Diagnostic | None]] = {}


def _settings(start: Path) -> tuple[Settings, Diagnostic | None]:
    """The nearest configuration, parsed again only when a file it may come from changed."""
    key = (start, _stamps(start))
    found = _cache.get(key)
    if found is None:
        if len(_cache) > 64:
            _cache.clear()
        found = _cache[key] = _read_settings(start)
    return found


def _stamps(start: Path) -> tuple[tuple[str, int], ...]:
    """Every configuration file from `start` upward, with its modification time."""
    stamps: list[tuple[str, int]] = []
    for folder in (start, *start.parents):
        for name in _CANDIDATES:
            try:
                stamps.append((str(folder / name), (folder / name).stat().st_mtime_ns))
            except OSError:
                continue
    return tuple(stamps)


def _read_settings(start: Path) -> tuple[Settings, Diagnostic | None]:
    """The nearest configuration; a broken one is reported and the defaults used."""
    try:
        return load_settings(start=start), None
    except ConfigError as error:
        problem = Diagnostic(
            error.path or "campaign.toml",
            Span.point(1, 1),
            "",
            Severity.ERROR,
            Text(
                f"配置有误，按默认设置检查：{error.render('zh')}",
                f"the configuration has a mistake; checking with the defaults: {error.render('en')}",
            ),
        )
        return Settings(), problem


# The pipeline states its "did you mean" suggestions in the fix sentence only;
# these read the suggestion back out, for V001 (unknown key) and R002
# (undefined name). Tests pin both forms.
_SUGGESTION = {
    "V001": re.compile(r"^rename it to (?P<name>.+)$"),
    "R002": re.compile(r"^did you mean '(?P<name>.+)'\?$"),
}


def suggestion(diagnostic: Diagnostic) -> str | None:
    """The replacement a diagnostic proposes with certainty, if any."""
    pattern = _SUGGESTION.get(diagnostic.code)
    if pattern is None or diagnostic.fix is None:
        return None
    match = pattern.match(diagnostic.fix.en)
    return match["name"] if match else None
