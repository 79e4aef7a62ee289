"""Whether a plan is ready to issue: the issuing rules (P), as `render` runs them.

They run whatever `select` says, since a rendered document is about to be
issued; `ignore`, severities and `# noqa` are honoured as in `check`.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from campaigntool.check import Selection, check_loaded
from campaigntool.config import Settings
from campaigntool.diagnostics import Diagnostic
from campaigntool.plan import LoadedPlan
from campaigntool.rules import ISSUING


def issuing_diagnostics(loaded: LoadedPlan, settings: Settings, as_of: date) -> list[Diagnostic]:
    """The issuing rules' findings on a loaded plan, in file order."""
    if not loaded.ok:
        return []
    selection = Selection.from_settings(replace(settings, select=[rule.code for rule in ISSUING]))
    codes = {rule.code for rule in ISSUING}
    return [d for d in check_loaded(loaded, selection, as_of).diagnostics if d.code in codes]
