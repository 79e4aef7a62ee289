"""Finding and loading plan files for a command; what does not load becomes findings."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from campaigntool.app.errors import folder_given, missing
from campaigntool.diagnostics import CheckResult, FileResult
from campaigntool.plan import LoadedPlan

DEFAULT_FOLDER = Path("plans")


def discover_plans(paths: list[Path] | None) -> list[Path]:
    """Plan files under the paths (default plans/); a missing path is a usage error."""
    from campaigntool.files import MissingPath, discover

    try:
        return discover(paths or [DEFAULT_FOLDER])
    except MissingPath as error:
        raise missing(error.path) from None


def load(path: Path) -> LoadedPlan:
    from campaigntool.files import shown
    from campaigntool.load import load_file

    return load_file(path, shown(path))


@dataclass
class Loaded:
    """The plans a command works on, and the reading problems of those that did not load."""

    plans: list[LoadedPlan] = field(default_factory=list)
    findings: CheckResult = field(default_factory=CheckResult)

    @property
    def broken(self) -> bool:
        return bool(self.findings.diagnostics)


def load_plans(paths: list[Path] | None, progress: Callable[[Path], None] | None = None) -> Loaded:
    """Every plan under the paths; a file that does not load is reported, and the rest go on."""
    loaded = Loaded()
    for path in discover_plans(paths):
        plan = load(path)
        if plan.ok:
            loaded.plans.append(plan)
        else:
            loaded.findings.files.append(FileResult(plan.path, plan.source, list(plan.diagnostics)))
        if progress is not None:
            progress(path)
    return loaded


def load_one(path: Path) -> Loaded:
    """One plan file named on the command line (a folder or a missing path is a usage error)."""
    if path.is_dir():
        raise folder_given(path)
    if not path.exists():
        raise missing(path)
    return load_plans([path])
