"""Completion: names for `lead`, `supporters` and the leading group, the allowed
words of a key (`status: done`), and the ways of writing a date.

The context comes from the text (so completion works while the file is
half-typed); the names from the last version of the plan that validated.
"""

from __future__ import annotations

import re
import types
import typing
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Literal

from pydantic import BaseModel

from campaigntool.dates import DateRangeError, DateSyntaxError, Part, PlanDate
from campaigntool.i18n import Lang, Text
from campaigntool.lsp.cursor import DATE, value_at
from campaigntool.lsp.names import Entity
from campaigntool.model import Plan

ItemKind = Literal["unit", "person", "word", "date"]

#: Keys whose values name units or people (see rules.responsibility.references).
_WANTS: dict[str, tuple[str, ...]] = {
    "lead": ("unit", "person"),
    "supporters": ("unit", "person"),
    "unit": ("unit",),
    **{
        key: ("person",)
        for key in ("leader", "head", "deputy_heads", "members", "director", "deputy_directors", "liaisons")
    },
}
_DATE_KEYS = frozenset({"start", "end", "due", "done", "date", "print_date"})
_WORD_LABELS = {
    "not_started": Text("未开始", "not started"),
    "in_progress": Text("进行中", "in progress"),
    "done": Text("已完成", "done"),
    "cancelled": Text("已取消", "cancelled"),
    "semicolon": Text("用“；”连成一段", "joined with ；"),
    "sentence": Text("每项自成句子", "one sentence each"),
    "paragraph": Text("每项单独成段", "one paragraph each"),
    "principles": Text("基本原则", "the principles"),
    "objectives": Text("目标任务", "the objectives"),
}
_MONTH_ISO = re.compile(r"^(\d{4})-(\d{1,2})\s?$")
_MONTH_ZH = re.compile(r"^(\d{4})年(\d{1,2})月$")


@dataclass(frozen=True)
class Item:
    """One completion: the text inserted over `start..end` of the cursor's line."""

    label: str
    detail: str
    kind: ItemKind
    start: int
    end: int
    sort: str
    filter: str


def complete(
    lines: list[str], line: int, col: int, entities: list[Entity], today: date, lang: Lang
) -> list[Item]:
    """What may be written at a 0-based position; empty where nothing is known."""
    context = value_at(lines, line, col)
    if context is None:
        return []
    key, typed = context.key, context.typed
    span = (typed.start, typed.end)
    if key in _WANTS:
        return list(_names(entities, _WANTS[key], span, lang))
    words = literal_values().get(key)
    if words is not None:
        return [
            Item(
                word,
                _WORD_LABELS[word](lang) if word in _WORD_LABELS else "",
                "word",
                *span,
                f"{i:03d}",
                f"{word} {_WORD_LABELS[word].zh}" if word in _WORD_LABELS else word,
            )
            for i, word in enumerate(words)
        ]
    if key in _DATE_KEYS:
        return list(_dates(typed.text, _base_month(lines, line, today), span, lang))
    return []


def _names(
    entities: list[Entity], kinds: tuple[str, ...], span: tuple[int, int], lang: Lang
) -> Iterator[Item]:
    for i, entity in enumerate(entities):
        if entity.kind not in kinds:
            continue
        if entity.kind == "person":
            about = "、".join(entity.titles) or Text("人员", "person")(lang)
            detail = f"{about}（{entity.unit}）" if entity.unit else about
        else:
            detail = Text("单位", "unit")(lang) + (f"（{entity.short}）" if entity.short else "")
        yield Item(entity.name, detail, entity.kind, *span, f"{i:04d}", entity.name)


def _base_month(lines: list[str], line: int, today: date) -> tuple[int, int]:
    """The month a new date most likely falls in: that of the nearest date above."""
    for number in range(min(line, len(lines) - 1), -1, -1):
        found = DATE.findall(lines[number])
        for text in reversed(found):
            try:
                when = PlanDate.parse(text)
            except (DateSyntaxError, DateRangeError):
                continue
            return when.year, when.month
    return today.year, today.month


def _dates(typed: str, base: tuple[int, int], span: tuple[int, int], lang: Lang) -> Iterator[Item]:
    iso, zh = _MONTH_ISO.match(typed), _MONTH_ZH.match(typed)
    chinese = zh is not None
    month = iso or zh
    year, number = (int(month[1]), int(month[2])) if month is not None else base
    if not 1 <= number <= 12:
        return
    parts = (Part.MONTH, Part.EARLY, Part.MID, Part.LATE, Part.EARLY_MID, Part.MID_LATE, Part.END)
    for i, part in enumerate(parts):
        when = PlanDate(year, number, part)
        label = f"{year}年{number}月{part.value}" if chinese else str(when)
        first, last = when.first, when.last
        meaning = Text(
            f"{first.year}年{first.month}月{first.day}日至{last.day}日"
            if first != last
            else f"{last.year}年{last.month}月{last.day}日",
            f"{first.isoformat()} to {last.isoformat()}" if first != last else last.isoformat(),
        )
        yield Item(label, meaning(lang), "date", *span, f"{i:03d}", label)


@cache
def literal_values() -> dict[str, tuple[str, ...]]:
    """Every key of the plan whose value is one of a fixed set of words."""
    found: dict[str, tuple[str, ...]] = {}
    seen: set[type[BaseModel]] = set()

    def visit(model: type[BaseModel]) -> None:
        if model in seen:
            return
        seen.add(model)
        for name, field in model.model_fields.items():
            for inner in _inner_types(field.annotation):
                if typing.get_origin(inner) is Literal:
                    found[name] = tuple(str(v) for v in typing.get_args(inner))
                elif isinstance(inner, type) and issubclass(inner, BaseModel):
                    visit(inner)

    visit(Plan)
    return found


def _inner_types(annotation: object) -> Iterator[object]:
    """The types an annotation is made of: through Optional, unions, lists and Annotated."""
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType, list, typing.Annotated):
        args = typing.get_args(annotation)
        for arg in args[:1] if origin is typing.Annotated else args:
            yield from _inner_types(arg)
    else:
        yield annotation
