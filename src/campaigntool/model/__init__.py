"""The plan model: pydantic classes for everything a plan file may say."""

from campaigntool.model.document import Header, Imprint, Notice
from campaigntool.model.people import LeadingGroup, Office, Person, Unit
from campaigntool.model.plan import Plan
from campaigntool.model.schedule import Period, Phase, Status, Task
from campaigntool.model.text import Attachment, Block, Enumeration, Section, Use

__all__ = [
    "Attachment",
    "Block",
    "Enumeration",
    "Header",
    "Imprint",
    "LeadingGroup",
    "Notice",
    "Office",
    "Period",
    "Person",
    "Phase",
    "Plan",
    "Section",
    "Status",
    "Task",
    "Unit",
    "Use",
]
