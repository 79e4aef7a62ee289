"""Issuing rules: what an office checks before a document goes out.

A draft may hold placeholders and lack its date for weeks, so these rules do
not run in `campaign check` unless selected (`--select P`); `campaign render`
always runs them, warns, and refuses under `--strict`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from campaigntool.diagnostics import Severity
from campaigntool.i18n import Text
from campaigntool.rules.base import Finding, Loc, Rule, RuleContext
from campaigntool.rules.document import strings

_PLACEHOLDER = re.compile(r"【[^】\n]*】|[×Ｘ]{2,}|(?<![A-Za-z])X{2,}(?![A-Za-z])|某某")


def _ideograph(ch: str) -> bool:
    return len(ch) == 1 and ("\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf")


def _chinese(ch: str) -> bool:
    """A Chinese character or a full-width mark: the text around it is Chinese."""
    return _ideograph(ch) or (len(ch) == 1 and ("\u3000" <= ch <= "\u303f" or "\uff00" <= ch <= "\uffef"))


def _at(text: str, index: int) -> str:
    return text[index] if 0 <= index < len(text) else ""


class Placeholder(Rule):
    """正文里还留着占位符。

    检查什么：文字中留有【……】、××、XX、某某 这样的占位符。
    为什么：campaign new 生成的方案用【】提示要填写的内容；起草时可以留着，
    印发前必须换成实际内容，否则会原样印进公文标题和正文。
    错误示例：
        title: 某市总工会关于开展【活动名称】的实施方案
    改为：
        title: 某市总工会关于开展作风建设年活动的实施方案
    """

    code = "P001"
    name = "placeholder"
    severity = Severity.WARNING
    summary = Text("留有占位符", "placeholder left in the text")
    doc_en = """
    What it checks: The text still holds a placeholder: 【…】, ××, XX or 某某.

    Why: `campaign new` marks what to fill in with 【】; a draft may keep them, but a
    document issued with them prints them in its title and text.
    Example: title: 某市总工会关于开展【活动名称】的实施方案
    Use instead: title: 某市总工会关于开展作风建设年活动的实施方案
    """

    def check(self, ctx: RuleContext) -> Iterator[Finding]:
        for loc, text in strings(ctx.plan):
            for match in _PLACEHOLDER.finditer(text):
                found = match.group()
                yield Finding(
                    loc,
                    Text(f"留有占位符“{found}”", f"placeholder '{found}' left in the text"),
                    Text("换成实际内容", "replace it with the real text"),
                    offset=match.start(),
                    length=len(found),
                )


class MissingDate(Rule):
    """印发通知或方案没有成文日期。

    检查什么：方案没有 date；有印发通知（notice）而通知和方案都没有成文日期。
    为什么：成文日期是公文的必备要素（GB/T 9704-2012 7.3.5），署名下没有日期的公文不能印发。
    错误示例：
        issuer: 辽宁省总工会党组
        notice:
          recipients: [省总机关各部门]
    改为：
        issuer: 辽宁省总工会党组
        date: 2013-07-22
        notice:
          recipients: [省总机关各部门]
    """

    code = "P002"
    name = "missing-date"
    severity = Severity.WARNING
    summary = Text("没有成文日期", "no date of issue")
    doc_en = """
    What it checks: The plan has no `date`, or it has a `notice` and neither the notice nor the plan gives a date.

    Why: the date of issue is a required element (GB/T 9704-2012, 7.3.5); a document with no
    date under its signature cannot be issued.
    Example: a plan with `issuer` and `notice` but no `date`.
    Use instead: add `date: 2013-07-22` (or `notice: date:` for the notice's own date).
    """

    def check(self, ctx: RuleContext) -> Iterator[Finding]:
        plan = ctx.plan
        if plan.notice is not None and plan.notice.date is None and plan.date is None:
            yield Finding(
                ("notice",),
                Text("印发通知没有成文日期", "the notice has no date of issue"),
                Text("在方案中写 date，或在 notice 下写 date", "add date to the plan, or to notice"),
                key=True,
            )
        if plan.date is None:
            yield Finding(
                ("title",),
                Text("方案没有成文日期（date）", "the plan has no date of issue (date)"),
                Text("加上 date: 2026-03-01 这样的成文日期", "add a date such as date: 2026-03-01"),
                key=True,
            )


_YEAR = re.compile(r"[〔\[［【(（]([0-9]{4})[〕\]］】)）]")


class DocNumberYear(Rule):
    """发文字号的年份与成文日期的年份不同。

    检查什么：发文字号〔〕中的年份与成文日期（有印发通知时为通知的日期）的年份不一致。
    为什么：发文字号按年编排，年份就是成文的年份；不一致多是从往年文件复制来的字号没改。
    错误示例：
        doc_number: 辽工党发〔2013〕18号
        date: 2026-02-26
    改为：
        doc_number: 辽工党发〔2026〕3号
    """

    code = "P003"
    name = "doc-number-year"
    severity = Severity.WARNING
    summary = Text("发文字号年份与成文日期不符", "document number's year differs from the date's")
    doc_en = """
    What it checks: The year in the document number differs from the year of the date of issue (the notice's
    date when there is a notice).

    Why: document numbers run per year and carry the year of issue; a different year is
    usually a number copied from an old document.
    Example: doc_number: 辽工党发〔2013〕18号 with date: 2026-02-26
    Use instead: doc_number: 辽工党发〔2026〕3号
    """

    def check(self, ctx: RuleContext) -> Iterator[Finding]:
        plan = ctx.plan
        when = (plan.notice.date if plan.notice is not None else None) or plan.date
        if plan.doc_number is None or when is None:
            return
        match = _YEAR.search(plan.doc_number)
        if match is None or int(match[1]) == when.year:
            return
        yield Finding(
            ("doc_number",),
            Text(
                f"发文字号的年份{match[1]}与成文日期的年份{when.year}不同",
                f"the document number's year {match[1]} differs from the date's year {when.year}",
            ),
            Text(
                f"改为〔{when.year}〕并核对序号",
                f"write 〔{when.year}〕 and check the serial number",
            ),
            offset=match.start(1),
            length=4,
        )


def _organ(name: str) -> str:
    """A body's name without the party prefix that the full name adds (中共辽宁省总工会党组)."""
    name = re.sub(r"\s+", "", name)
    for prefix in ("中国共产党", "中共"):
        name = name.removeprefix(prefix)
    return name


class IssuerMismatch(Rule):
    """印发通知的发文机关与方案的署名不一致。

    检查什么：有印发通知时，通知的发文机关（notice.issuer，缺省为 issuer）与方案的署名
    （signature，缺省为 issuer）是否指同一机关；一个是另一个的全称（如加“中共”）不算不一致。
    为什么：通知印发的是本机关的方案，两处署名不同多是复制别的文件时漏改。
    错误示例：
        notice:
          issuer: 中共辽宁省总工会党组
        signature: 辽宁省教育厅
    改为：
        signature: 辽宁省总工会党组
    """

    code = "P004"
    name = "issuer-mismatch"
    severity = Severity.WARNING
    summary = Text("通知发文机关与方案署名不一致", "notice issuer and plan signature differ")
    doc_en = """
    What it checks: The notice's issuer (`notice.issuer`, by default `issuer`) and the plan's signature
    (`signature`, by default `issuer`) name different bodies. A full name that adds 中共 to
    the other, or contains it, is the same body.

    Why: the notice issues the body's own plan; two different names are usually an edit missed
    when text was copied from another document.
    Example: notice.issuer 中共辽宁省总工会党组 with signature 辽宁省教育厅
    Use instead: signature: 辽宁省总工会党组
    """

    def check(self, ctx: RuleContext) -> Iterator[Finding]:
        plan = ctx.plan
        if plan.notice is None:
            return
        issuer = plan.notice.issuer or plan.issuer
        signature = plan.signature or plan.issuer
        a, b = _organ(issuer), _organ(signature)
        if a in b or b in a:
            return
        loc: Loc = ("signature",) if plan.signature else ("notice", "issuer")
        yield Finding(
            loc,
            Text(
                f"印发通知的发文机关“{issuer}”与方案署名“{signature}”不一致",
                f"the notice's issuer '{issuer}' and the plan's signature '{signature}' differ",
            ),
            Text("核对两处署名，写同一机关", "check both and name the same body"),
        )


class StraightQuotes(Rule):
    """中文里用了直引号。

    检查什么：紧挨汉字或全角标点的 " 和 '。
    为什么：中文使用弯引号“”‘’；直引号多由英文输入法或网页带入，印出来与正文不协调。
    错误示例：
        - 开展"服务职工提质年"活动
    改为：
        - 开展“服务职工提质年”活动
    """

    code = "P005"
    name = "straight-quotes"
    severity = Severity.WARNING
    summary = Text("中文中的直引号", "straight quotes in Chinese text")
    doc_en = """
    What it checks: A straight quote " or ' next to a Chinese character or full-width mark.

    Why: Chinese text uses curly quotes “” and ‘’; straight ones come from an English input
    method or a web page and look wrong in print.
    Example: 开展"服务职工提质年"活动
    Use instead: 开展“服务职工提质年”活动
    """

    def check(self, ctx: RuleContext) -> Iterator[Finding]:
        for loc, text in strings(ctx.plan):
            seen = {'"': 0, "'": 0}
            for index, ch in enumerate(text):
                if ch not in seen:
                    continue
                seen[ch] += 1
                if not (_chinese(_at(text, index - 1)) or _chinese(_at(text, index + 1))):
                    continue
                opening = seen[ch] % 2 == 1
                curly = ("“" if opening else "”") if ch == '"' else ("‘" if opening else "’")
                yield Finding(
                    loc,
                    Text(f"中文中的直引号 {ch}", f"straight quote {ch} in Chinese text"),
                    Text(f"改为“{curly}”", f"use {curly}"),
                    offset=index,
                )


_SENTENCE_MARKS = {"!": "！", "?": "？", ".": "。"}


class HalfWidthSentenceMark(Rule):
    """中文里用了半角的 ! ? .。

    检查什么：紧挨汉字的半角感叹号 !、问号 ?，以及汉字后面的半角句点 .（不含 1. 这样的序号和小数）。
    为什么：中文句末用全角的 ！？。；半角标点多由英文输入法带入（D003 查 , ; : ( )）。
    错误示例：
        - 请认真遵照执行.
    改为：
        - 请认真遵照执行。
    """

    code = "P006"
    name = "half-width-sentence-mark"
    severity = Severity.WARNING
    summary = Text("中文中的半角 ! ? .", "half-width ! ? . in Chinese text")
    doc_en = """
    What it checks: A half-width ! or ? next to a Chinese character, or a half-width full stop . after one
    (numbers such as 1. and 3.5 are not affected).

    Why: Chinese sentences end with the full-width ！ ？ 。; the half-width marks come from an
    English input method (D003 covers , ; : ( )).
    Example: 请认真遵照执行.
    Use instead: 请认真遵照执行。
    """

    def check(self, ctx: RuleContext) -> Iterator[Finding]:
        for loc, text in strings(ctx.plan):
            for index, ch in enumerate(text):
                full = _SENTENCE_MARKS.get(ch)
                if full is None:
                    continue
                before, after = _at(text, index - 1), _at(text, index + 1)
                if ch == ".":
                    # After a Chinese character, and not the start of "..." inside Latin text.
                    hit = _ideograph(before) and (after in ("", ".", " ", "\n") or _chinese(after))
                else:
                    hit = _chinese(before) or _chinese(after)
                if hit:
                    yield Finding(
                        loc,
                        Text(f"中文中的半角“{ch}”", f"half-width '{ch}' in Chinese text"),
                        Text(f"改为全角“{full}”", f"use the full-width '{full}'"),
                        offset=index,
                    )


class HyphenForDash(Rule):
    """中文里用连字符 - 代替了连接号。

    检查什么：两个汉字之间，或汉字与数字之间的半角连字符 -。
    为什么：GB/T 15834 的连接号在中文里是一字线“—”或浪纹线“～”，表示时间范围常写“至”；
    半角连字符多由网页复制带入，印出来短而细。
    错误示例：
        - 坚持“团结-批评-团结”的公式
        - 查摆问题阶段（2月中下旬-4月下旬）
    改为：
        - 坚持“团结—批评—团结”的公式
        - 查摆问题阶段（2月中下旬至4月下旬）
    """

    code = "P007"
    name = "hyphen-for-dash"
    severity = Severity.WARNING
    summary = Text("中文中用连字符代替连接号", "hyphen where a dash belongs")
    doc_en = """
    What it checks: A half-width hyphen - between two Chinese characters, or between a Chinese character and a
    number.

    Why: in Chinese the connecting mark is the dash — or the tilde ～ (GB/T 15834), and a range
    of dates is usually written with 至; the hyphen comes from web pages and prints short.
    Example: 坚持“团结-批评-团结”的公式; （2月中下旬-4月下旬）
    Use instead: 坚持“团结—批评—团结”的公式; （2月中下旬至4月下旬）
    """

    def check(self, ctx: RuleContext) -> Iterator[Finding]:
        for loc, text in strings(ctx.plan):
            for index, ch in enumerate(text):
                if ch != "-" or not _ideograph(_at(text, index - 1)):
                    continue
                after = _at(text, index + 1)
                if _ideograph(after):
                    fix = Text("改为一字线“—”", "use the dash —")
                elif after.isdigit():
                    fix = Text("表示范围时改为“至”或“—”", "for a range write 至 or —")
                else:
                    continue
                yield Finding(
                    loc, Text("中文中用了连字符“-”", "a hyphen '-' in Chinese text"), fix, offset=index
                )


class DocNumberWithoutMark(Rule):
    """有发文字号而没有发文机关标志。

    检查什么：方案写了发文字号（doc_number），版头却没有发文机关标志（header.issuer_mark）。
    为什么：GB/T 9704-2012 只把发文字号排在版头里、发文机关标志之下：文件格式在标志下空二行
    （7.2.5），信函格式、命令格式、纪要格式同样以标志领起；版头的红色分隔线排在发文字号之下
    4 mm（7.2.7），属于完整的版头。没有标志的发文字号不成版头，生成时只居中印出字号，不印红线。
    错误示例：
        doc_number: 辽工党发〔2013〕18号
    改为：
        doc_number: 辽工党发〔2013〕18号
        header:
          issuer_mark: 中共辽宁省总工会党组文件
    """

    code = "P008"
    name = "doc-number-without-mark"
    severity = Severity.WARNING
    summary = Text("有发文字号而无发文机关标志", "document number without an issuer mark")
    doc_en = """
    What it checks: The plan has a document number (`doc_number`) but its header has no issuer mark
    (`header.issuer_mark`).

    Why: GB/T 9704-2012 places the document number only in a header, under the issuer mark: two
    lines below it in the document format (7.2.5), and the letter, order and minutes formats
    also open with the mark; the red rule 4 mm under the number (7.2.7) belongs to that full
    header. A number without a mark is not a header: it is rendered centred on its own, with
    no red rule.
    Example: doc_number: 辽工党发〔2013〕18号 with no header
    Use instead: add header: issuer_mark: 中共辽宁省总工会党组文件 (the issuer's full or
    standard short name, usually followed by 文件)
    """

    def check(self, ctx: RuleContext) -> Iterator[Finding]:
        plan = ctx.plan
        if not plan.doc_number or (plan.header is not None and plan.header.issuer_mark):
            return
        issuer = (plan.notice.issuer if plan.notice is not None else None) or plan.issuer
        yield Finding(
            ("doc_number",),
            Text("有发文字号而没有发文机关标志", "a document number without an issuer mark"),
            Text(
                f"在 header 下写 issuer_mark: {issuer}文件（发文机关全称或规范化简称加“文件”），或删去发文字号",
                f"add header: issuer_mark: {issuer}文件 (the issuer's name and 文件), or drop the number",
            ),
            key=True,
        )


RULES: tuple[type[Rule], ...] = (
    Placeholder,
    MissingDate,
    DocNumberYear,
    IssuerMismatch,
    StraightQuotes,
    HalfWidthSentenceMark,
    HyphenForDash,
    DocNumberWithoutMark,
)
