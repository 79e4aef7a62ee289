"""What has been done: dated progress entries (进展) with quantities and evidence."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Annotated, Any

from pydantic import ConfigDict, Field, PlainSerializer, PlainValidator, WithJsonSchema
from pydantic_core import PydanticCustomError

from campaigntool.model.base import DateField, StrictModel


@dataclass(frozen=True, slots=True)
class Amount:
    """A counted quantity as a report states it: `47条`, `54次`, `88人`, `1.5万元`."""

    value: int | float
    unit: str = ""

    def __str__(self) -> str:
        number = f"{self.value:g}" if isinstance(self.value, float) else str(self.value)
        return f"{number}{self.unit}"


_AMOUNT = re.compile(r"^([0-9]+(?:\.[0-9]+)?)\s*([^\s0-9]{0,4})$")


def parse_amount(value: Any) -> Amount:
    if isinstance(value, Amount):
        return value
    if isinstance(value, bool):
        raise PydanticCustomError("amount", "not a quantity: {value}", {"value": value})
    if isinstance(value, int | float):
        return Amount(value)
    match = _AMOUNT.match(str(value).strip())
    if match is None:
        raise PydanticCustomError("amount", "not a quantity: {value}", {"value": value})
    number = float(match[1]) if "." in match[1] else int(match[1])
    return Amount(number, match[2])


AmountField = Annotated[
    Amount,
    PlainValidator(parse_amount),
    PlainSerializer(str, return_type=str),
    WithJsonSchema(
        {
            "type": ["string", "number"],
            "pattern": r"^[0-9]+(\.[0-9]+)?\s*[^\s0-9]{0,4}$",
            "examples": ["47条", "54次", "88人"],
        }
    ),
]


class ProgressEntry(StrictModel):
    """One dated note of what was done, with quantities a report can add up."""

    model_config = ConfigDict(title="进展（progress 中的每一项）")

    date: DateField = Field(title="日期")
    text: str = Field(title="进展情况", description="如 召开职工座谈会3场，征求意见建议47条")
    quantities: dict[str, AmountField] = Field(
        default_factory=dict,
        title="数量",
        description="报告中累计的数量，名称: 数量单位，如 意见建议: 47条、谈心谈话: 54次",
    )
    evidence: list[str] = Field(
        default_factory=list, title="佐证材料", description="文件名或说明，如 座谈会记录.pdf"
    )
