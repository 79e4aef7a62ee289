"""`campaign new`, `schema` and `rule`: writing plans and reading about the rules."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from campaigntool.app.errors import UsageError
from campaigntool.i18n import Text
from campaigntool.rules.base import Rule

if TYPE_CHECKING:
    from campaigntool.modeline import SchemaRef


def starter(
    file: Path, title: str | None, org: str | None, start: str | None, end: str | None, today: date
) -> tuple[str, SchemaRef]:
    """The text of a commented starter plan, and where its modeline's schema is (or is to be written).

    The caller creates the file, never overwriting, and writes the schema when it is missing.
    """
    from campaigntool.dates import DateRangeError, DateSyntaxError, PlanDate
    from campaigntool.modeline import schema_ref
    from campaigntool.starter import default_period, starter_plan

    if file.exists():
        raise UsageError(
            Text(f"{file} 已存在，不会覆盖；换一个文件名", f"{file} exists and will not be overwritten")
        )
    first, last = default_period(today)
    try:
        first = PlanDate.parse(start) if start else first
        last = PlanDate.parse(end) if end else last
    except (DateSyntaxError, DateRangeError) as error:
        raise UsageError(
            Text(f"日期“{error}”写法不对，如 2027-03 上旬", f"'{error}' is not a date such as 2027-03 上旬")
        ) from None
    schema = schema_ref(file)
    try:
        return starter_plan(file.stem, title, org, first, last, schema.ref), schema
    except ValueError:
        raise UsageError(
            Text("活动期间至少要有三个旬", "the period must span at least three 旬 (ten-day periods)")
        ) from None


def schema() -> str:
    from campaigntool.schema import schema_text

    return schema_text()


def rule(code: str | None) -> list[type[Rule]]:
    """Every rule, or the one a code names (a usage error if none does)."""
    from campaigntool.rules import ALL, BY_CODE

    if code is None:
        return list(ALL)
    found = BY_CODE.get(code.strip().upper())
    if found is None:
        raise UsageError(
            Text(
                f"没有规则“{code}”；用 campaign rule 查看全部规则",
                f"no rule '{code}'; `campaign rule` lists them",
            )
        )
    return [found]
