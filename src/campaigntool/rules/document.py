"""Document rules: the official-format details of GB/T 9704-2012."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from pydantic import BaseModel

from campaigntool.diagnostics import Severity
from campaigntool.i18n import Text
from campaigntool.model import PhaseSection, Section
from campaigntool.rules.base import Finding, Loc, Rule, RuleContext

_DOC_NUMBER = re.compile(r"^[\u4e00-\u9fff]+〔[0-9]{4}〕[1-9][0-9]*号$")
_DOC_NUMBER_PARTS = re.compile(
    r"^(?P<code>.*?)(?P<open>[〔\[［【(（])(?P<year>[0-9]+)(?P<close>[〕\]］】)）])"
    r"(?P<di>第)?(?P<number>[0-9]+)(?P<hao>号)?$"
)


class DocNumberForm(Rule):
    """发文字号写法不规范。

    检查什么：发文字号应为“发文机关代字〔年份〕序号号”：年份用六角括号〔〕括入、写全 4 位，
    序号不加“第”、不编虚位（不写前导 0）。
    为什么：GB/T 9704-2012 7.2.4 的规定；从网页复制的字号常带 [ ]、（ ）、【 】。
    错误示例：
        doc_number: 辽工党发[2013]第018号
    改为：
        doc_number: 辽工党发〔2013〕18号
    """

    code = "D001"
    name = "doc-number-form"
    severity = Severity.ERROR
    summary = Text("发文字号写法不规范", "malformed document number")
    doc_en = """
    What it checks: The document number must read 代字〔年份〕序号号: the year in hexagonal brackets 〔〕 and in
    full, no 第 before the number, no leading zeros (GB/T 9704-2012, 7.2.4).

    Why: GB/T 9704-2012 prescribes it; numbers copied from web pages often carry [ ], ( ) or 【 】.
    Example:
        doc_number: 辽工党发[2013]第018号
    Use instead:
        doc_number: 辽工党发〔2013〕18号
    """

    def check(self, ctx: RuleContext) -> Iterator[Finding]:
        number = ctx.plan.doc_number
        if number is None or _DOC_NUMBER.match(number):
            return
        loc: Loc = ("doc_number",)
        parts = _DOC_NUMBER_PARTS.match(number)
        if parts is None or not parts["code"]:
            yield Finding(
                loc,
                Text(
                    f"发文字号“{number}”不是“代字〔年份〕序号号”的形式",
                    f"'{number}' is not of the form 代字〔年份〕序号号",
                ),
                Text("写成如 辽工党发〔2013〕18号", "write it like 辽工党发〔2013〕18号"),
            )
            return
        if parts["open"] != "〔" or parts["close"] != "〕":
            yield Finding(
                loc,
                Text(
                    f"年份用了“{parts['open']}{parts['close']}”，应使用六角括号〔〕",
                    f"the year is in '{parts['open']}{parts['close']}'; use hexagonal brackets 〔〕",
                ),
                Text(f"改为 〔{parts['year']}〕", f"write 〔{parts['year']}〕"),
                offset=parts.start("open"),
            )
        if len(parts["year"]) != 4:
            yield Finding(
                loc,
                Text(
                    f"年份“{parts['year']}”应写全 4 位",
                    f"the year '{parts['year']}' must have 4 digits",
                ),
                Text("如 〔2013〕，不写 〔13〕", "write 〔2013〕, not 〔13〕"),
                offset=parts.start("year"),
                length=len(parts["year"]),
            )
        if parts["di"]:
            yield Finding(
                loc,
                Text("序号前不加“第”", "no 第 before the number"),
                Text("删去“第”", "remove 第"),
                offset=parts.start("di"),
            )
        if parts["number"].startswith("0"):
            yield Finding(
                loc,
                Text(
                    f"序号“{parts['number']}”不编虚位",
                    f"the number '{parts['number']}' has leading zeros",
                ),
                Text(f"写成 {int(parts['number'])}号", f"write {int(parts['number'])}号"),
                offset=parts.start("number"),
                length=len(parts["number"]),
            )
        if not parts["hao"]:
            yield Finding(
                loc,
                Text("序号后缺少“号”", "号 is missing after the number"),
                Text("在序号后加“号”", "add 号 after the number"),
                offset=parts.end("number") - 1,
            )


class DateAfterStart(Rule):
    """成文日期晚于活动开始。

    检查什么：成文日期（date）晚于活动开始（period 的开始；没写 period 时为第一个环节的开始）。
    为什么：方案通常先印发后实施；但实际中常有活动已启动、方案后印发的情况，所以只作提示。
    确属原文如此时，可在该行加注释 “# noqa: D002”。
    示例：period start: 2013-07 中旬，date: 2013-07-22。
    改为：确认日期无误；原文如此时保留，并在该行加 # noqa: D002。
    """

    code = "D002"
    name = "date-after-start"
    severity = Severity.INFO
    summary = Text("成文日期晚于活动开始", "dated after the campaign started")
    doc_en = """
    What it checks: The date of the document is after the start of the campaign (its period, else its first phase).

    Why: plans are normally issued before they start; in practice they are often issued
    after, hence only information. Mark a deliberate case with `# noqa: D002`.
    Example: period start 2013-07 中旬, date 2013-07-22.
    Use instead: check the date; when the original is so, keep it with `# noqa: D002`.
    """

    def check(self, ctx: RuleContext) -> Iterator[Finding]:
        plan, span = ctx.plan, ctx.loaded.span
        if plan.date and span and plan.date.first > span[0].first:
            start = span[0]
            yield Finding(
                ("date",),
                Text(
                    f"成文日期{plan.date.chinese()}晚于活动开始（{start.chinese()}）",
                    f"dated {plan.date}, after the campaign starts ({start})",
                ),
                Text(
                    "确认日期无误；原文如此可加注释 # noqa: D002",
                    "check the date; mark a deliberate case with # noqa: D002",
                ),
            )


_HALF_TO_FULL = {",": "，", "(": "（", ")": "）", ";": "；", ":": "："}
_HALF_WIDTH = re.compile("[,();:]")


def _is_chinese(ch: str) -> bool:
    if len(ch) != 1:  # no neighbour: the mark is at the start or end of the text
        return False
    code = ord(ch)
    return (
        0x4E00 <= code <= 0x9FFF
        or 0x3400 <= code <= 0x4DBF
        or 0x3000 <= code <= 0x303F
        or 0xFF00 <= code <= 0xFFEF
        or ch in "“”‘’…—"
    )


def _neighbour(text: str, index: int, step: int) -> str:
    index += step
    while 0 <= index < len(text) and text[index] == " ":
        index += step
    return text[index] if 0 <= index < len(text) else ""


def _enclosed(text: str, index: int, ch: str) -> str:
    """What a half-width bracket encloses, up to its partner (or the end of the text)."""
    if ch == "(":
        close = text.find(")", index + 1)
        return text[index + 1 : close if close >= 0 else len(text)]
    open_ = text.rfind("(", 0, index)
    return text[open_ + 1 if open_ >= 0 else 0 : index]


def _in_chinese(text: str, index: int, ch: str) -> bool:
    """Whether a half-width mark sits in Chinese text.

    A bracket belongs to what it encloses: `(检查)` and `(2月中下旬-4月下旬)` are
    Chinese, `(dates) 的` is not. Other marks count when either neighbour is Chinese.
    """
    if ch in "()":
        inside = _enclosed(text, index, ch).strip()
        if not inside:  # a stray bracket belongs to the text it stands in
            return _is_chinese(_neighbour(text, index, -1 if ch == "(" else 1))
        return any(_is_chinese(c) for c in inside)
    return _is_chinese(_neighbour(text, index, -1)) or _is_chinese(_neighbour(text, index, 1))


def strings(value: Any, loc: Loc = ()) -> Iterator[tuple[Loc, str]]:
    """Every text in a model, with its location."""
    if isinstance(value, str):
        yield loc, value
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from strings(item, (*loc, i))
    elif isinstance(value, BaseModel):
        for name, item in value.__dict__.items():
            if isinstance(item, str | list | BaseModel):
                yield from strings(item, (*loc, name))


class HalfWidthPunctuation(Rule):
    """中文里用了半角标点。

    检查什么：紧挨汉字的半角 , ; :，以及括着中文的半角 ( )。
    为什么：公文中文使用全角标点；半角标点多是从网页或英文输入法带进来的，印出来一眼可见。
    错误示例：
        - 坚持“团结-批评-团结”的公式,既深刻剖析(检查)自己
    改为：
        - 坚持“团结-批评-团结”的公式，既深刻剖析（检查）自己
    """

    code = "D003"
    name = "half-width-punctuation"
    severity = Severity.WARNING
    summary = Text("中文中的半角标点", "half-width punctuation in Chinese text")
    doc_en = """
    What it checks: A half-width , ; : next to Chinese characters, or half-width ( ) around Chinese text.

    Why: Chinese official text uses full-width punctuation; half-width marks usually come from
    web pages or an English input method and show in print.
    Example: 的公式,既深刻剖析(检查)自己
    Use instead: 的公式，既深刻剖析（检查）自己
    """

    def check(self, ctx: RuleContext) -> Iterator[Finding]:
        for loc, text in strings(ctx.plan):
            for match in _HALF_WIDTH.finditer(text):
                index, ch = match.start(), match.group()
                full = _HALF_TO_FULL[ch]
                if _in_chinese(text, index, ch):
                    yield Finding(
                        loc,
                        Text(f"中文中的半角“{ch}”", f"half-width '{ch}' in Chinese text"),
                        Text(f"改为全角“{full}”", f"use the full-width '{full}'"),
                        offset=index,
                    )


_TITLE = re.compile(r"^.+关于.+的.+$", re.DOTALL)


class TitleForm(Rule):
    """标题不是“……关于……的……”的形式。

    检查什么：方案标题（和印发通知的标题）是否由 发文机关+关于+事由+的+文种 构成。
    为什么：GB/T 9704-2012 7.3.1 规定标题由发文机关名称、事由和文种组成；
    有的方案省略发文机关，所以只作提示。
    错误示例：
        title: 教育实践活动实施方案
    改为：
        title: 辽宁省总工会关于深入开展党的群众路线教育实践活动的实施方案
    """

    code = "D004"
    name = "title-form"
    severity = Severity.INFO
    summary = Text("标题不是“……关于……的……”", "title not of the form …关于…的…")
    doc_en = """
    What it checks: The title (of the plan, and of its notice) is not 发文机关 + 关于 + 事由 + 的 + 文种.

    Why: GB/T 9704-2012 7.3.1; some plans omit the issuer, hence only information.
    Example: title: 教育实践活动实施方案
    Use instead: title: 辽宁省总工会关于深入开展党的群众路线教育实践活动的实施方案
    """

    def check(self, ctx: RuleContext) -> Iterator[Finding]:
        titles: list[tuple[Loc, str]] = [(("title",), ctx.plan.title)]
        if ctx.plan.notice and ctx.plan.notice.title:
            titles.append((("notice", "title"), ctx.plan.notice.title))
        for loc, title in titles:
            if not _TITLE.match(title):
                yield Finding(
                    loc,
                    Text(
                        f"标题“{title}”不是“……关于……的……”的形式",
                        f"the title '{title}' is not of the form …关于…的…",
                    ),
                    Text(
                        "写成 发文机关+关于+事由+的+文种",
                        "write 发文机关 + 关于 + 事由 + 的 + 文种",
                    ),
                )


class SectionTooDeep(Rule):
    """标题层次超过四级。

    检查什么：sections 嵌套超过四层。
    为什么：公文结构层次序数只有四级：“一、”“（一）”“1.”“（1）”（GB/T 9704-2012 7.3.3）。
    错误示例：在“（1）”一级下再写 sections。
    改为：把第五层写成段落，或用“一是……二是……”列举。
    """

    code = "D005"
    name = "section-too-deep"
    severity = Severity.ERROR
    summary = Text("标题层次超过四级", "sections nested deeper than four levels")
    doc_en = """
    What it checks: Sections are nested deeper than four levels.

    Why: official documents number four levels only: 一、 （一） 1. （1） (GB/T 9704-2012, 7.3.3).
    Example: `sections` under a （1） level heading.
    Use instead: write the fifth level as paragraphs or as an enumeration (一是…二是…).
    """

    def check(self, ctx: RuleContext) -> Iterator[Finding]:
        for i, section in enumerate(ctx.plan.body):
            yield from self._walk(section, ("body", i), 1)

    def _walk(self, section: Section | PhaseSection, loc: Loc, level: int) -> Iterator[Finding]:
        if level > 4:
            heading, key = (
                (section.phase, "phase")
                if isinstance(section, PhaseSection)
                else (section.heading, "heading")
            )
            yield Finding(
                (*loc, key),
                Text(
                    f"“{heading}”是第 {level} 级标题，公文只有四级",
                    f"'{heading}' is a level-{level} heading; there are four",
                ),
                Text("改写为段落或“一是……二是……”列举", "write it as paragraphs or an enumeration"),
            )
            return
        for i, child in enumerate(section.sections):
            yield from self._walk(child, (*loc, "sections", i), level + 1)


RULES: tuple[type[Rule], ...] = (
    DocNumberForm,
    DateAfterStart,
    HalfWidthPunctuation,
    TitleForm,
    SectionTooDeep,
)
