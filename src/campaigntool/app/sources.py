"""Finding and loading plan files for a command; what does not load becomes findings."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from campaigntool.app.errors import UsageError, folder_given, missing
from campaigntool.diagnostics import CheckResult, FileResult
from campaigntool.i18n import Text
from campaigntool.plan import LoadedPlan

if TYPE_CHECKING:
    from campaigntool.files import Discovery

DEFAULT_FOLDER = Path("plans")


def discover_plans(paths: list[Path] | None) -> Discovery:
    """Plan files under the paths (default plans/), and the files passed over as not plans.

    A missing path is a usage error, and so is a folder with no plan in it: a
    CI job given a wrong path must not pass. Files named one by one (as
    pre-commit names them) may all be passed over.
    """
    from campaigntool.files import MissingPath, discover
    from campaigntool.recognise import NO_PLANS

    wanted = paths or [DEFAULT_FOLDER]
    try:
        found = discover(wanted)
    except MissingPath as error:
        raise missing(error.path) from None
    if not found.plans and any(path.is_dir() for path in wanted):
        lines = [*skipped_notices(found), NO_PLANS]
        raise UsageError(Text("\n".join(t.zh for t in lines), "\n".join(t.en for t in lines)))
    return found


def skipped_notices(found: Discovery) -> list[Text]:
    from campaigntool.files import shown
    from campaigntool.recognise import skipped

    return [skipped(shown(path), reason) for path, reason in found.skipped]


def load(path: Path) -> LoadedPlan:
    from campaigntool.files import shown
    from campaigntool.load import load_file

    return load_file(path, shown(path))


@dataclass
class Loaded:
    """The plans a command works on, and the reading problems of those that did not load."""

    plans: list[LoadedPlan] = field(default_factory=list)
    findings: CheckResult = field(default_factory=CheckResult)
    #: Files passed over because they are not plans (a workflow, a schema …).
    notices: list[Text] = field(default_factory=list)

    @property
    def broken(self) -> bool:
        return bool(self.findings.diagnostics)


#: Given the number of files, what to call after each one (a progress bar), or None.
Meter = Callable[[int], Callable[[Path], None] | None]


def load_plans(paths: list[Path] | None, meter: Meter | None = None) -> Loaded:
    """Every plan under the paths; a file that does not load is reported, and the rest go on."""
    found = discover_plans(paths)
    loaded = Loaded(notices=skipped_notices(found))
    progress = meter(len(found.plans)) if meter is not None else None
    for path in found.plans:
        plan = load(path)
        if plan.ok:
            loaded.plans.append(plan)
        else:
            loaded.findings.files.append(FileResult(plan.path, plan.source, list(plan.diagnostics)))
        if progress is not None:
            progress(path)
    return loaded


def load_one(path: Path) -> Loaded:
    """One plan file named on the command line (a folder or a missing path is a usage error).

    A file named alone is taken as a plan whatever it looks like: asked for by name, its
    problems are worth reporting.
    """
    if path.is_dir():
        raise folder_given(path)
    if not path.exists():
        raise missing(path)
    plan = load(path)
    if plan.ok:
        return Loaded([plan])
    return Loaded(findings=CheckResult([FileResult(plan.path, plan.source, list(plan.diagnostics))]))
