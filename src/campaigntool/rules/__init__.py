"""The registry of rules and reading codes, and selection by code or prefix."""

from __future__ import annotations

from campaigntool.rules import (
    consistency,
    document,
    importing,
    issuing,
    ledger,
    loading,
    progress,
    responsibility,
    schedule,
    status,
    suppression,
)
from campaigntool.rules.base import Finding, Rule, RuleContext

ALL: tuple[type[Rule], ...] = (
    *loading.READING_RULES,
    *schedule.RULES,
    *responsibility.RULES,
    *document.RULES,
    *consistency.RULES,
    *status.RULES,
    *progress.RULES,
    *ledger.RULES,
    *issuing.RULES,
    *suppression.RULES,
    *importing.IMPORTING_RULES,
)
BY_CODE: dict[str, type[Rule]] = {rule.code: rule for rule in ALL}
CHECKS: tuple[type[Rule], ...] = tuple(rule for rule in ALL if rule.configurable)
#: Checks made before issuing: `render` runs them; `check` only when they are selected by code.
ISSUING: tuple[type[Rule], ...] = issuing.RULES


def matching(selector: str) -> list[type[Rule]]:
    """The configurable rules a selector names: a code (S001), a prefix (S), or ALL.

    ALL leaves out the rules that are off by default; a code or prefix names them.
    """
    wanted = selector.strip().upper()
    if wanted == "ALL":
        return [rule for rule in CHECKS if rule.default and rule not in ISSUING]
    return [rule for rule in CHECKS if rule.code.startswith(wanted)] if wanted else []


__all__ = ["ALL", "BY_CODE", "CHECKS", "ISSUING", "Finding", "Rule", "RuleContext", "matching"]
