"""What every model shares: unknown keys are errors, dates parse from text."""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, PlainSerializer, PlainValidator, WithJsonSchema
from pydantic_core import PydanticCustomError

from campaigntool.dates import DateRangeError, DateSyntaxError, PlanDate


class StrictModel(BaseModel):
    """A plan element: a misspelt key is reported, never silently ignored."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


def _parse_date(value: Any) -> PlanDate:
    try:
        return PlanDate.parse(value)
    except DateRangeError:
        raise PydanticCustomError("date_range", "no such day: {value}", {"value": value}) from None
    except DateSyntaxError:
        raise PydanticCustomError("date_syntax", "not a date: {value}", {"value": value}) from None


DateField = Annotated[
    PlanDate,
    PlainValidator(_parse_date),
    PlainSerializer(str, return_type=str),
    WithJsonSchema(
        {
            "type": "string",
            "pattern": r"^\d{4}-\d{1,2}(-\d{1,2}|\s*(上旬|中旬|下旬|上中旬|中下旬|底|月底|末|月末))?$"
            r"|^\d{4}年\d{1,2}月(\d{1,2}日|上旬|中旬|下旬|上中旬|中下旬|底|月底|末|月末)?$",
            "examples": ["2013-07-22", "2013-07", "2013-07 中旬", "2013-07 底"],
        }
    ),
]
"""A plan date: `2013-07-22`, `2013-07`, `2013-07 中旬`, `2013-07 中下旬`, `2013-07 底`."""
