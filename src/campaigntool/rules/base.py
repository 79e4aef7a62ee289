"""What a rule is: a code, a default severity, its documentation, a check.

A rule's docstring is its Chinese user documentation and `doc_en` the English
one; `campaign rule CODE` prints them. A rule only yields findings at a path
into the plan data; the checker turns paths into file positions and applies
the configured severity.
"""

from __future__ import annotations

import inspect
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import ClassVar

from campaigntool.diagnostics import Severity
from campaigntool.i18n import Lang, Text
from campaigntool.model import Plan
from campaigntool.plan import LoadedPlan
from campaigntool.workdays import WorkCalendar

Loc = tuple[str | int, ...]


@dataclass(frozen=True, slots=True)
class Finding:
    """A rule's complaint about the value at `loc` (or its key, or characters in it)."""

    loc: Loc
    message: Text
    fix: Text | None = None
    key: bool = False
    offset: int | None = None
    length: int = 1


@dataclass
class RuleContext:
    """What rules look at: the loaded plan with its derived facts, the day it is judged on, the calendar."""

    loaded: LoadedPlan
    as_of: date
    calendar: WorkCalendar = field(default_factory=WorkCalendar)

    @property
    def plan(self) -> Plan:
        return self.loaded.plan


class Rule:
    """Base class of rules; subclasses set the class attributes and `check`."""

    code: ClassVar[str]
    name: ClassVar[str]
    severity: ClassVar[Severity]
    summary: ClassVar[Text]
    doc_en: ClassVar[str]
    #: False for the codes of reading and validation, which always apply.
    configurable: ClassVar[bool] = True
    #: False for rules that run only when named (their code or prefix), not with ALL.
    default: ClassVar[bool] = True

    def check(self, ctx: RuleContext) -> Iterator[Finding]:
        return iter(())

    @classmethod
    def documentation(cls, lang: Lang) -> str:
        text = cls.doc_en if lang == "en" else (cls.__doc__ or "")
        return inspect.cleandoc(text)
