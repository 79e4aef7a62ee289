"""What every model shares: unknown keys are errors, dates parse from text."""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, PlainSerializer, PlainValidator, ValidationInfo, WithJsonSchema
from pydantic_core import PydanticCustomError

from campaigntool.dates import DateRangeError, DateSyntaxError, PlanDate, YearContext
from campaigntool.deadlines import Deadline, parse_deadline


class StrictModel(BaseModel):
    """A plan element: a misspelt key is reported, never silently ignored."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


def year_context(info: ValidationInfo) -> YearContext | None:
    """The plan's year for dates written without one, when the loader gave it (see `load.py`)."""
    context = info.context
    found = context.get("year") if isinstance(context, dict) else None
    return found if isinstance(found, YearContext) else None


def _parse_date(value: Any, info: ValidationInfo) -> PlanDate:
    try:
        return PlanDate.parse(value, year_context(info))
    except DateRangeError:
        raise PydanticCustomError("date_range", "no such day: {value}", {"value": value}) from None
    except DateSyntaxError:
        raise PydanticCustomError("date_syntax", "not a date: {value}", {"value": value}) from None


_DATE_PATTERN = (
    r"^\d{4}-\d{1,2}(-\d{1,2}|\s*(上旬|中旬|下旬|上中旬|中下旬|底|月底|末|月末))?$"
    r"|^(\d{4}年)?\d{1,2}月(\d{1,2}日|上旬|中旬|下旬|上中旬|中下旬|底|月底|末|月末)?$"
)

DateField = Annotated[
    PlanDate,
    PlainValidator(_parse_date),
    PlainSerializer(str, return_type=str),
    WithJsonSchema(
        {
            "type": "string",
            "pattern": _DATE_PATTERN,
            "examples": ["2013-07-22", "2013-07", "2013-07 中旬", "2013-07 底"],
        }
    ),
]
"""A plan date: `2013-07-22`, `2013-07`, `2013-07 中旬`, `2013-07 中下旬`, `2013-07 底`."""


def _parse_deadline(value: Any, info: ValidationInfo) -> Deadline:
    try:
        return parse_deadline(value, year_context(info))
    except DateRangeError:
        raise PydanticCustomError("date_range", "no such day: {value}", {"value": value}) from None
    except DateSyntaxError:
        raise PydanticCustomError("deadline_syntax", "not a deadline: {value}", {"value": value}) from None


DeadlineField = Annotated[
    Deadline,
    PlainValidator(_parse_deadline),
    PlainSerializer(str, return_type=str),
    WithJsonSchema(
        {
            "type": "string",
            "pattern": _DATE_PATTERN.replace("$", "(前|之前|以前)?$")
            + r"|^(长期坚持|立行立改|年底前?)$|^每(个)?(月|季度|周).*$",
            "examples": ["2026-08 底", "8月底前", "年底前", "立行立改", "长期坚持", "每月28日前"],
        }
    ),
]
"""A deadline: a date (also `8月底前`), `年底前`, `立行立改`, `长期坚持`, or a recurring `每月28日前`."""
