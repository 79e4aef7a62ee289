"""Lines of a document → the parts of a plan: 版头, notice, title, sections, 署名, attachments, 版记.

The walk is one pass over the lines in order. Every line lands somewhere:
what is not recognised as a part of the document stays a paragraph where it
stood. The structure inside the text (enumerations, the leading group, phases,
tasks) is found afterwards, in `structure`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from campaigntool.dates import PlanDate
from campaigntool.i18n import Text
from campaigntool.importer import recognise as rc
from campaigntool.importer.problems import ImportProblem
from campaigntool.importer.readers import Line


@dataclass
class Sec:
    """A section as read: its heading, number as written, level, text and subsections."""

    heading: str
    level: int
    number: str  # as written; "" when the source has none
    format: str | None
    run_in: bool = False
    content: list[Any] = field(default_factory=list)
    sections: list[Sec] = field(default_factory=list)
    #: Set when the section is a phase: name, start, end, whether its heading shows the dates.
    phase: dict[str, Any] | None = None
    comments: list[str] = field(default_factory=list)


@dataclass
class Attached:
    title: str
    content: list[str] = field(default_factory=list)
    table: list[list[str]] | None = None


@dataclass
class Draft:
    """Everything read from the document, before the structure inside the text is found."""

    header: dict[str, Any] = field(default_factory=dict)
    doc_number: str | None = None
    notice: dict[str, Any] | None = None
    title: str | None = None
    title_line: bool = True
    preamble: list[Any] = field(default_factory=list)
    body: list[Sec] = field(default_factory=list)
    signature: str | None = None
    date: PlanDate | None = None
    attachments: list[Attached] = field(default_factory=list)
    imprint: dict[str, Any] = field(default_factory=dict)
    note: str | None = None
    numbering: dict[int, str] = field(default_factory=dict)
    comments: list[str] = field(default_factory=list)
    headings: int = 0


def _items(lines: list[Line]) -> list[Line]:
    """Non-empty lines; a Word paragraph with line breaks is a title or several lines."""
    items: list[Line] = []
    for line in lines:
        if line.is_table:
            if line.rows:
                items.append(line)
            continue
        if "\n" in line.text:
            joined = "".join(part.strip() for part in line.text.split("\n"))
            if rc.is_title_like(joined) or rc.NOTICE_TITLE.match(joined):
                items.append(Line(joined))
                continue
            items += [Line(part.strip()) for part in line.text.split("\n") if part.strip()]
            continue
        if line.text:
            items.append(line)
    return items


def _title_at(items: list[Line], start: int) -> tuple[str, int] | None:
    """A title of one to four short lines starting at `start` (seed 002 breaks its title in two)."""
    parts: list[str] = []
    for index in range(start, min(start + 4, len(items))):
        text = items[index].text
        if items[index].is_table or any(mark in text for mark in "。；！？") or len(text) > 60:
            return None
        parts.append(text)
        joined = "".join(parts)
        if rc.is_title_like(joined) or rc.NOTICE_TITLE.match(joined):
            return joined, index + 1
    return None


def _find_title(items: list[Line], start: int) -> tuple[str, int, list[str]] | None:
    """The title within the next lines, and the lines before it that are not part of it."""
    for index in range(start, min(start + 8, len(items))):
        found = _title_at(items, index)
        if found is not None:
            skipped = [item.text for item in items[start:index] if not item.is_table]
            return found[0], found[1], skipped
        if items[index].is_table:
            return None
    return None


class _Walk:
    def __init__(self, items: list[Line]) -> None:
        self.items = items
        self.i = 0
        self.draft = Draft()
        self.stack: list[tuple[bool, bool]] = []  # heading number kinds by level
        self.open: list[Sec] = []
        self.ended = False  # after the 署名 or 附件 lines: the plan's text is over
        self.attachment: Attached | None = None

    # ---------------------------------------------------------------- driver

    def run(self) -> Draft:
        self._header()
        self._titles()
        while self.i < len(self.items):
            self._line()
        return self.draft

    def _peek(self, offset: int = 0) -> Line | None:
        at = self.i + offset
        return self.items[at] if at < len(self.items) else None

    def _header(self) -> None:
        header = self.draft.header
        while (line := self._peek()) is not None and not line.is_table:
            text = line.text
            if rc.COPY_NUMBER.match(text):
                header["copy_number"] = text
            elif rc.SECRECY.match(text):
                header["secrecy"] = text
            elif rc.URGENCY.match(text):
                header["urgency"] = text
            elif rc.ISSUER_MARK.match(text):
                header["issuer_mark"] = text
            elif (match := rc.DOC_NUMBER.match(text)) is not None:
                self.draft.doc_number = match["number"]
                if match["signers"]:
                    header["signers"] = re.split(r"[、\s]+", match["signers"].strip())
            else:
                return
            self.i += 1

    def _titles(self) -> None:
        draft = self.draft
        found = _find_title(self.items, self.i)
        if found is None:
            draft.title_line = False
            return
        title, after, skipped = found
        self.i = after
        draft.preamble += skipped
        if skipped:
            draft.comments.append("推测：标题之前的几行原文（网页信息等）放在前言开头")
        notice = rc.NOTICE_TITLE.match(title)
        if notice is None:
            draft.title = title
            return
        draft.notice = {"title": title, "issuer": notice["issuer"], "inner": notice["title"]}
        self._notice(draft.notice)
        plan_title = _find_title(self.items, self.i)
        if plan_title is None or rc.NOTICE_TITLE.match(plan_title[0]):
            draft.title = notice["title"]
            draft.title_line = False
            return
        draft.title, self.i, skipped = plan_title
        draft.notice["body"] = draft.notice.get("body", []) + skipped

    def _notice(self, notice: dict[str, Any]) -> None:
        first = self._peek()
        if first is not None and first.text.endswith(("：", ":")) and "。" not in first.text:
            notice["recipients"] = [part for part in first.text[:-1].split("，") if part]
            self.i += 1
        body: list[str] = []
        while (line := self._peek()) is not None:
            if line.is_table:
                break
            date = rc.day_line(line.text)
            following = self._peek(1)
            if date is not None:
                notice["date"] = date
                self.i += 1
                break
            if following is not None and rc.is_short_line(line.text) and rc.day_line(following.text):
                notice["signature"] = line.text
                notice["date"] = rc.day_line(following.text)
                self.i += 2
                break
            if _title_at(self.items, self.i) is not None and body:
                break  # the plan's title: the notice had no 署名
            body.append(line.text)
            self.i += 1
        notice["body"] = body
        imprint: dict[str, Any] = {}
        while (line := self._peek()) is not None and self._imprint_line(line.text, imprint):
            self.i += 1
        if imprint:
            notice["imprint"] = imprint

    # ------------------------------------------------------------ the body

    def _line(self) -> None:
        line = self.items[self.i]
        self.i += 1
        if line.is_table:
            self._table(line.rows or [])
            return
        text = line.text
        if self._imprint_line(text, self.draft.imprint):
            return
        label = rc.ATTACHMENT_LABEL.match(text)
        if label is not None and self.ended:
            self._attachment_label()
            return
        if self.attachment is not None:
            self.attachment.content.append(text)
            return
        note = rc.ATTACHMENT_NOTE.match(text)
        if note is not None and not self.ended and note["rest"]:
            self._attachment_note(note["rest"])
            return
        date = rc.day_line(text)
        if date is not None:
            self._signoff("", date)
            return
        following = self._peek()
        if (
            following is not None
            and not following.is_table
            and rc.is_short_line(text)
            and rc.numbered(text) is None
            and rc.day_line(following.text) is not None
        ):
            self.i += 1
            self._signoff(text, rc.day_line(following.text))
            return
        if (
            self.ended
            and text.startswith(("（", "("))
            and text.endswith(("）", ")"))
            and self.draft.note is None
        ):
            self.draft.note = text[1:-1]
            return
        number = rc.numbered(text)
        if number is not None and not self.ended:
            self._heading(number)
            return
        if not self.ended and self._unnumbered_heading(text):
            return
        self._paragraph(text)

    def _signoff(self, signature: str, date: PlanDate | None) -> None:
        if self.draft.date is None and not (self.ended and self.draft.signature is not None):
            self.draft.signature = signature
            self.draft.date = date
            self.ended = True
            return
        self._paragraph(f"{signature}{'　' if signature else ''}{date.chinese() if date else ''}")

    def _paragraph(self, text: str) -> None:
        if self.ended and self.draft.signature is not None and self.open:
            self.open[-1].comments.append("推测：以下几段原文在署名之后")
        if self.open:
            self.open[-1].content.append(text)
        else:
            self.draft.preamble.append(text)

    def _heading(self, number: rc.Numbered) -> None:
        family = number.family
        if family in self.stack:
            level = self.stack.index(family) + 1
            del self.stack[level:]
        else:
            self.stack.append(family)
            level = len(self.stack)
        if level > 4:
            del self.stack[4:]
            self._paragraph(number.number + number.rest)
            return
        heading, body = rc.run_in(number.rest)
        section = Sec(heading, level, number.number, number.format, run_in=body is not None)
        if body is not None:
            section.content.append(body)
        self._place(section)

    def _place(self, section: Sec) -> None:
        level = min(section.level, len(self.open) + 1)
        section.level = level
        self.draft.headings += 1
        del self.open[level - 1 :]
        (self.open[-1].sections if self.open else self.draft.body).append(section)
        if section.format is not None:
            self.draft.numbering.setdefault(level, section.format)
        self.open.append(section)

    def _unnumbered_heading(self, text: str) -> bool:
        """A short line without a number, before the first subsection of a new part (seed 002's 主要内容)."""
        following = self._peek()
        if following is None or following.is_table or not rc.is_short_line(text, 20):
            return False
        number = rc.numbered(following.text)
        if number is None or number.value != 1:
            return False
        family = number.family
        level = self.stack.index(family) if family in self.stack else len(self.stack)
        if level < 1 or len(self.open) < level:
            return False
        sibling = self.open[level - 1]
        if not (sibling.content or sibling.sections):
            return False
        del self.stack[level:]
        section = Sec(text, level, "", None)
        section.comments.append("推测：原文这一行没有编号，按同级标题处理")
        self._place(section)
        return True

    # -------------------------------------------------------- the plan's end

    def _attachment_note(self, rest: str) -> None:
        self.ended = True
        first = rc.ATTACHMENT_ITEM.match(rest)
        if first is None:
            self.draft.attachments.append(Attached(rest.rstrip("。")))
            return
        self.draft.attachments.append(Attached(first["title"]))
        while (line := self._peek()) is not None and not line.is_table:
            item = rc.ATTACHMENT_ITEM.match(line.text)
            if item is None:
                break
            self.draft.attachments.append(Attached(item["title"]))
            self.i += 1

    def _attachment_label(self) -> None:
        title_line = self._peek()
        title = title_line.text if title_line is not None and not title_line.is_table else ""
        if title:
            self.i += 1
        for attached in self.draft.attachments:
            if attached.title == title:
                self.attachment = attached
                return
        self.attachment = Attached(title)
        self.draft.attachments.append(self.attachment)

    def _table(self, rows: list[list[str]]) -> None:
        if self.attachment is not None and self.attachment.table is None:
            self.attachment.table = rows
            return
        if self.draft.attachments and _is_schedule(rows) and self.ended:
            for attached in self.draft.attachments:
                if attached.table is None:
                    attached.table = rows
                    return
        # A table the plan cannot hold as a table: its rows stay as lines of text.
        for row in rows:
            self._paragraph("　".join(cell for cell in row if cell))
        if self.open:
            self.open[-1].comments.append("推测：原文此处是表格，按行写成段落")

    def _imprint_line(self, text: str, imprint: dict[str, Any]) -> bool:
        if (match := rc.KEYWORDS.match(text)) is not None:
            imprint["keywords"] = [word for word in re.split(r"[\s\u3000]+", match["rest"]) if word]
            return True
        if (match := rc.CARBON_COPY.match(text)) is not None:
            imprint["cc"] = [part for part in re.split(r"[，,]", match["rest"].rstrip("。.")) if part]
            return True
        if (match := rc.PRINTED.match(text)) is not None:
            if match["printer"]:
                imprint["printer"] = match["printer"].strip()
            imprint["print_date"] = rc.day_line(match["date"])
            return True
        return False


def _is_schedule(rows: list[list[str]]) -> bool:
    header = "".join(rows[0]) if rows else ""
    return ("环节" in header or "阶段" in header) and ("时间" in header or "时限" in header)


def read_draft(lines: list[Line]) -> Draft:
    """The document's parts; a file with nothing of a plan in it is an `ImportProblem`."""
    items = _items(lines)
    if not items:
        raise ImportProblem("I001", Text("文件中没有文字", "the file holds no text"))
    draft = _Walk(items).run()
    words = sum(len(item.text) for item in items)
    plan_like = draft.title is not None and draft.title.endswith(rc.PLAN_KINDS)
    if words < 40 or not (plan_like or draft.headings >= 2):
        raise ImportProblem(
            "I005",
            Text(
                "看不出这是一份方案：没有“……方案”这样的标题，也没有“一、”“（一）”这样的各级标题",
                "this does not look like a plan: no title such as …方案 and no numbered headings",
            ),
            Text(
                "导入的应是实施方案、工作方案等公文；信函、表格不能导入",
                "import an implementation plan or a similar document; letters and spreadsheets cannot be imported",
            ),
        )
    return draft
