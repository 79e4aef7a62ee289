"""Pydantic's validation errors → diagnostics at the offending key or value.

Pydantic reports a path through the model (`phases.0.tasks.2.due`); union
branches add names that are not in the file, so the path is first projected
onto the data. A missing key is reported at its parent, an unknown key at the
key itself, anything else at the value.
"""

from __future__ import annotations

import difflib
import types
import typing
from collections.abc import Iterator
from typing import Any

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from campaigntool.dates import MAX_YEAR, MIN_YEAR, year_out_of_range
from campaigntool.i18n import Text
from campaigntool.yamlsource import Loc, SourceMap, YamlProblem


def problems_from(
    error: ValidationError, data: Any, source: SourceMap, root: type[BaseModel]
) -> list[YamlProblem]:
    """One problem per distinct place, in file order."""
    seen: set[tuple[str, int, int]] = set()
    problems: list[YamlProblem] = []
    for detail in error.errors(include_url=False):
        problem = _problem(detail, data, source, root)
        key = (problem.code, problem.span.line, problem.span.col)
        if key not in seen:
            seen.add(key)
            problems.append(problem)
    problems.sort(key=lambda p: (p.span.line, p.span.col))
    return problems


def project(loc: tuple[Any, ...], data: Any) -> Loc:
    """Keep only the parts of a pydantic location that exist in the data."""
    kept: list[str | int] = []
    node = data
    for part in loc:
        if _has(node, part):
            node = node[part]
            kept.append(part)
    return tuple(kept)


def _has(node: Any, part: Any) -> bool:
    if isinstance(node, dict):
        return isinstance(part, str) and part in node
    return isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node)


def _problem(detail: ErrorDetails, data: Any, source: SourceMap, root: type[BaseModel]) -> YamlProblem:
    kind = detail["type"]
    value = detail.get("input")
    if kind == "missing":
        parent = project(detail["loc"][:-1], data)
        name = str(detail["loc"][-1])
        title = _field_titles(_models_at(root, parent)).get(name, name)
        return YamlProblem(
            "V002",
            source.span(parent, key=True),
            Text(f"缺少必填项“{name}”（{title}）", f"missing required key '{name}' ({title})"),
            Text(f"在这里加上 {name}: …", f"add '{name}: …' here"),
        )
    loc = project(detail["loc"], data)
    if kind == "extra_forbidden":
        name = str(loc[-1]) if loc else "?"
        allowed = sorted(_field_titles(_models_at(root, loc[:-1])))
        return YamlProblem("V001", source.span(loc, key=True), *_unknown_key(name, allowed))
    span = source.span(loc)
    shown = _show(value)
    if kind in ("date_syntax", "date_range", "deadline_syntax"):
        return _date_problem(kind, shown, span, data)
    if kind == "amount":
        return YamlProblem(
            "V003",
            span,
            Text(f"“{shown}”不是数量", f"'{shown}' is not a quantity"),
            Text("写成数字加单位，如 47条、54次、88人", "write a number and its unit, such as 47条 or 54次"),
        )
    if kind == "literal_error":
        expected = str(detail.get("ctx", {}).get("expected", ""))
        return YamlProblem(
            "V005",
            span,
            Text(f"“{shown}”不是允许的值", f"'{shown}' is not an allowed value"),
            _literal_fix(shown, expected),
        )
    if kind == "numbering_format":
        return YamlProblem(
            "V005",
            span,
            Text(f"“{shown}”不是标题编号格式", f"'{shown}' is not a heading number format"),
            Text(
                "用“一”代表汉字数字、“1”代表阿拉伯数字，如 一、 （一） 1. （1） 1、 (1)",
                "write 一 for a Chinese numeral or 1 for an Arabic one: 一、 （一） 1. （1） 1、 (1)",
            ),
        )
    if kind == "string_pattern_mismatch":
        return YamlProblem(
            "V005",
            span,
            Text(f"编号“{shown}”含有不允许的字符", f"the id '{shown}' has characters not allowed"),
            Text(
                "编号只用英文字母、数字和 - _ .，如 study-phase",
                "use only letters, digits and - _ . such as study-phase",
            ),
        )
    expected_text = _EXPECTED.get(kind)
    if expected_text is None:
        message = detail["msg"]
        return YamlProblem("V003", span, Text(f"值无效：{message}", f"invalid value: {message}"))
    if value is None:
        return YamlProblem(
            "V003",
            span,
            Text(
                f"这里没有填写内容，应为{expected_text.zh}",
                f"nothing is given here; expected {expected_text.en}",
            ),
            Text(
                "在冒号后填写内容，或删除这一行",
                "fill in a value after the colon, or remove the line",
            ),
        )
    got = _kind_of(value)
    return YamlProblem(
        "V003",
        span,
        Text(f"应为{expected_text.zh}，实为{got.zh}", f"expected {expected_text.en}, got {got.en}"),
        _type_fix(kind),
    )


_EXPECTED: dict[str, Text] = {
    "string_type": Text("文本", "text"),
    "list_type": Text("列表", "a list"),
    "dict_type": Text("映射（键: 值）", "a mapping (key: value)"),
    "model_type": Text("映射（键: 值）", "a mapping (key: value)"),
    "model_attributes_type": Text("映射（键: 值）", "a mapping (key: value)"),
    "bool_type": Text("true 或 false", "true or false"),
    "bool_parsing": Text("true 或 false", "true or false"),
    "int_type": Text("整数", "a whole number"),
    "int_parsing": Text("整数", "a whole number"),
    "block_type": Text(
        "一段文本、带任务的段落（含 text）、列举（含 items）或插入（含 use）",
        "a paragraph, a task paragraph (text), an enumeration (items) or a use",
    ),
    "item_type": Text("一段文本，或带任务的一项（含 text）", "text, or an item with a task's facts (text)"),
    "section_type": Text(
        "正文的一部分（含 heading）或环节（含 phase）", "a section (heading) or a phase (phase)"
    ),
}


def _type_fix(kind: str) -> Text | None:
    if kind == "list_type":
        return Text(
            "写成列表：每项一行，以“- ”开头，或 [甲, 乙]",
            "write a list: one '- item' per line, or [a, b]",
        )
    if kind == "string_type":
        return Text("写成一段文本；数字或日期作文本时加引号", "write text; quote numbers meant as text")
    return None


def _literal_fix(shown: str, expected: str) -> Text:
    options = expected.replace("'", "")
    guess = _STATUS_WORDS.get(shown)
    hint_zh = f"；“{shown}”应写作 {guess}" if guess else ""
    hint_en = f"; '{shown}' is written {guess}" if guess else ""
    zh_options = options.replace(" or ", "、").replace(", ", "、")
    return Text(f"可选：{zh_options}{hint_zh}", f"allowed: {options}{hint_en}")


_STATUS_WORDS = {
    "未开始": "not_started",
    "进行中": "in_progress",
    "正在进行": "in_progress",
    "已完成": "done",
    "完成": "done",
    "已取消": "cancelled",
    "取消": "cancelled",
}


def _unknown_key(name: str, allowed: list[str]) -> tuple[Text, Text]:
    close = difflib.get_close_matches(name, allowed, n=1, cutoff=0.6)
    if close:
        return (
            Text(
                f"未知的键“{name}”，是否应为“{close[0]}”？",
                f"unknown key '{name}'; did you mean '{close[0]}'?",
            ),
            Text(f"改为 {close[0]}", f"rename it to {close[0]}"),
        )
    listed = "、".join(allowed)
    return (
        Text(f"未知的键“{name}”", f"unknown key '{name}'"),
        Text(f"删除它，或改用这些键之一：{listed}", f"remove it, or use one of: {', '.join(allowed)}"),
    )


def _show(value: Any) -> str:
    text = value if isinstance(value, str) else repr(value)
    return text if len(text) <= 40 else text[:39] + "…"


def _kind_of(value: Any) -> Text:
    if isinstance(value, bool):
        return Text("true/false", "true/false")
    if isinstance(value, int | float):
        return Text(f"数字 {value}", f"the number {value}")
    if isinstance(value, str):
        return Text(f"文本“{_show(value)}”", f"the text '{_show(value)}'")
    if isinstance(value, list):
        return Text("列表", "a list")
    if isinstance(value, dict):
        return Text("映射", "a mapping")
    return Text(type(value).__name__, type(value).__name__)


def _models_at(root: type[BaseModel], loc: Loc) -> list[type[BaseModel]]:
    """The model classes that may describe the mapping at `loc`."""
    models = [root]
    for part in loc:
        if isinstance(part, int):
            continue
        following: list[type[BaseModel]] = []
        for model in models:
            field = model.model_fields.get(part)
            if field is not None:
                following.extend(_models_in(field.annotation))
        models = following
    return models


def _models_in(annotation: Any) -> Iterator[type[BaseModel]]:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        yield annotation
        return
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        yield from _models_in(typing.get_args(annotation)[0])
    elif origin in (list, typing.Union, types.UnionType):
        for arg in typing.get_args(annotation):
            yield from _models_in(arg)


_DATE_FORMS = Text(
    "写成 2013-07-22、2013-07、2013-07 中旬（上旬、下旬、上中旬、中下旬、底）或 2013年7月中旬",
    "write 2013-07-22, 2013-07, 2013-07 中旬 (上旬, 下旬, 上中旬, 中下旬, 底) or 2013年7月中旬",
)
_DEADLINE_FORMS = Text(
    "时限写成日期（2013-08 底、8月底前）、年底前、立行立改、长期坚持，或 每月28日前、每季度第1个月的20日前、每周",
    "write a date (2013-08 底, 8月底前), 年底前, 立行立改, 长期坚持, or 每月28日前, 每季度第1个月的20日前, 每周",
)


def _date_problem(kind: str, shown: str, span: Any, data: Any) -> YamlProblem:
    """A date that does not read, with the nearest valid spelling when there is one."""
    from campaigntool.deadlines import suggestion
    from campaigntool.yearless import year_context

    deadline = kind == "deadline_syntax"
    if kind == "date_range":
        if year_out_of_range(shown):
            return YamlProblem(
                "V004",
                span,
                Text(
                    f"日期“{shown}”的年份不在 {MIN_YEAR}–{MAX_YEAR} 年之间",
                    f"the year of '{shown}' is outside {MIN_YEAR}–{MAX_YEAR}",
                ),
                Text("检查年份是否写错", "check the year for a typo"),
            )
        return YamlProblem(
            "V004",
            span,
            Text(f"日期“{shown}”不存在", f"there is no such day as '{shown}'"),
            Text("检查月份和日子（如 2月没有30日）", "check the month and the day (February has no 30th)"),
        )
    what = Text(f"日期“{shown}”写法不对", f"'{shown}' is not a date")
    if deadline:
        what = Text(f"时限“{shown}”写法不对", f"'{shown}' is not a deadline")
    near = suggestion(shown, year_context(data), deadline=deadline)
    if near is not None and near != shown:
        return YamlProblem("V004", span, what, Text(f"改为 {near}", f"write {near}"))
    return YamlProblem("V004", span, what, _DEADLINE_FORMS if deadline else _DATE_FORMS)


def _field_titles(models: list[type[BaseModel]]) -> dict[str, str]:
    titles: dict[str, str] = {}
    for model in models:
        for name, field in model.model_fields.items():
            titles.setdefault(name, field.title or name)
    return titles
