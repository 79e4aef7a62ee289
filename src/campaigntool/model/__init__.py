"""The plan model: pydantic classes for everything a plan file may say."""

from campaigntool.model.document import Header, Imprint, Notice, Style
from campaigntool.model.ledger import STATES, RectificationItem, State
from campaigntool.model.people import LeadingGroup, Office, Person, Unit
from campaigntool.model.plan import Plan
from campaigntool.model.progress import Amount, ProgressEntry
from campaigntool.model.report import Report
from campaigntool.model.schedule import TASK_KEYS, Period, Phase, Status, Task, TaskFacts
from campaigntool.model.text import (
    Attachment,
    Block,
    Enumeration,
    Item,
    PhaseSection,
    Section,
    SectionOrPhase,
    TaskParagraph,
    Use,
)

__all__ = [
    "STATES",
    "TASK_KEYS",
    "Amount",
    "Attachment",
    "Block",
    "Enumeration",
    "Header",
    "Imprint",
    "Item",
    "LeadingGroup",
    "Notice",
    "Office",
    "Period",
    "Person",
    "Phase",
    "PhaseSection",
    "Plan",
    "ProgressEntry",
    "RectificationItem",
    "Report",
    "Section",
    "SectionOrPhase",
    "State",
    "Status",
    "Style",
    "Task",
    "TaskFacts",
    "TaskParagraph",
    "Unit",
    "Use",
]
