"""The parts read from a document → the plan as YAML data, with a `# 推测：` comment at every guess.

Here the structure inside the text is decided: enumerations, the leading
group, phases and tasks. Each is used only where writing it back gives the
source's words; the data is built in the plan model's key order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ruamel.yaml.comments import CommentedMap, CommentedSeq

from campaigntool.dates import Part, PlanDate
from campaigntool.importer import enumerations, phases, tasks
from campaigntool.importer import group as group_reader
from campaigntool.importer import recognise as rc
from campaigntool.importer.build import Draft, Sec
from campaigntool.prose import date_ranges
from campaigntool.render.helpers import ordinal
from campaigntool.render.numbering import DEFAULT, Numbering

GUESS = "推测："


@dataclass
class Counts:
    sections: int = 0
    phases: int = 0
    tasks: int = 0
    people: int = 0
    guesses: int = 0
    notes: list[str] = field(default_factory=list)


def _value(when: PlanDate) -> Any:
    """Exact days as YAML dates (written unquoted), others in their canonical spelling."""
    if when.part is Part.DAY and when.day is not None:
        return date(when.year, when.month, when.day)
    return str(when)


def _guess(node: CommentedMap | CommentedSeq, key: Any, text: str, counts: Counts) -> None:
    counts.guesses += 1
    node.yaml_add_eol_comment(f"# {text}", key)


class Assembler:
    def __init__(self, draft: Draft, year: int, year_note: str | None) -> None:
        self.draft = draft
        self.year = year
        self.year_note = year_note
        self.counts = Counts()
        self.names: list[str] = []  # leads and supporters, in order of appearance
        self.group: group_reader.Group | None = None
        self.issuer = self._issuer()
        numbering = [draft.numbering[level] for level in range(1, 5) if level in draft.numbering]
        self.numbering_formats = numbering if len(numbering) == len(draft.numbering) else []
        self.numbering = Numbering.of(self.numbering_formats)
        self.phases_shown: bool | None = None
        self.phase_style: dict[str, str] = {}
        self.schedule_tasks = False

    # ------------------------------------------------------------- the whole

    def plan(self) -> CommentedMap:
        draft = self.draft
        counts = self.counts
        table = self._table_phases()
        self.schedule_tasks = bool(table)
        counts.notes += phases.find(draft.body, self.year, table)
        plan = CommentedMap()
        plan["title"] = draft.title or self._guessed_title()
        if draft.title is None:
            _guess(
                plan,
                "title",
                f"{GUESS}原文没有标题，按发文机关拟定；style.title_line 为 false，不印出",
                counts,
            )
        short = rc.SHORT_NAME.search("".join(b for b in draft.preamble if isinstance(b, str)))
        if short:
            plan["short_name"] = short["name"]
        plan["issuer"] = self.issuer
        if draft.signature is None or not draft.signature:
            _guess(plan, "issuer", f"{GUESS}原文没有署名，发文机关取自标题", counts)
        if draft.doc_number:
            plan["doc_number"] = draft.doc_number
        if draft.date is not None:
            plan["date"] = _value(draft.date)
        header = {k: v for k, v in draft.header.items()}
        if header:
            plan["header"] = CommentedMap(header)
        notice = self._notice()
        if notice is not None:
            plan["notice"] = notice
        preamble = self._blocks(draft.preamble, None)
        if preamble:
            plan["preamble"] = preamble
        body = CommentedSeq(
            self._section(section, index, None) for index, section in enumerate(draft.body, 1)
        )
        if body:
            plan["body"] = body
        loose = list(table.values())
        if loose and counts.phases == 0:
            plan["phases"] = self._loose_phases(loose)
        period = self._period()
        if period is not None:
            plan["period"] = period
        if self.group is not None:
            plan["leading_group"] = self._group_data()
        units = [name for name in dict.fromkeys(self.names) if name not in self._people_names()]
        if units:
            plan["units"] = CommentedSeq(CommentedMap(name=name) for name in units)
        if self.group is not None and self.group.people:
            plan["people"] = CommentedSeq(
                CommentedMap({"name": p.name, **({"titles": p.titles} if p.titles else {})})
                for p in self.group.people
            )
            counts.people = len(self.group.people)
        if draft.signature is None or not draft.signature:
            plan["signature"] = ""
        elif draft.signature != self.issuer:
            plan["signature"] = draft.signature
        attachments = self._attachments()
        if attachments:
            plan["attachments"] = attachments
        if draft.imprint:
            plan["imprint"] = self._imprint(draft.imprint)
        if draft.note:
            plan["note"] = draft.note
        style = self._style()
        if style:
            plan["style"] = style
        # keys in the model's order
        order = [
            "title",
            "short_name",
            "issuer",
            "doc_number",
            "date",
            "period",
            "header",
            "notice",
            "preamble",
        ]
        ordered = CommentedMap()
        for key in [*order, *[k for k in plan if k not in order]]:
            if key in plan:
                ordered[key] = plan[key]
        ordered.ca.items.update(plan.ca.items)
        return ordered

    def _issuer(self) -> str:
        draft = self.draft
        if draft.signature:
            return draft.signature
        title = draft.title or (draft.notice or {}).get("inner") or ""
        if "关于" in title:
            return title[: title.index("关于")] or "（发文机关）"
        if draft.notice and draft.notice.get("signature"):
            return str(draft.notice["signature"])
        return "（发文机关）"

    def _guessed_title(self) -> str:
        return f"{self.issuer}实施方案"

    # ---------------------------------------------------------------- notice

    def _notice(self) -> CommentedMap | None:
        found = self.draft.notice
        if found is None:
            return None
        notice = CommentedMap()
        issuer = found.get("signature") or found["issuer"] or self.issuer
        title = self.draft.title or ""
        if found["title"] != f"{issuer}关于印发《{title}》的通知":
            notice["title"] = found["title"]
        if issuer != self.issuer:
            notice["issuer"] = issuer
        if found.get("recipients"):
            notice["recipients"] = found["recipients"]
        body = found.get("body") or []
        if body != [f"现将《{title}》印发给你们，请认真遵照执行。"]:
            notice["body"] = body
        when = found.get("date")
        if when is not None and when != self.draft.date:
            notice["date"] = _value(when)
        if found.get("imprint"):
            notice["imprint"] = self._imprint(found["imprint"])
        return notice

    def _imprint(self, found: dict[str, Any]) -> CommentedMap:
        imprint = CommentedMap()
        for key in ("keywords", "cc", "printer"):
            if found.get(key):
                imprint[key] = found[key]
        if found.get("print_date") is not None:
            imprint["print_date"] = _value(found["print_date"])
        return imprint

    # -------------------------------------------------------------- sections

    def _section(self, section: Sec, index: int, phase: tuple[PlanDate, PlanDate] | None) -> CommentedMap:
        counts = self.counts
        counts.sections += 1
        node = CommentedMap()
        if section.phase is not None:
            found = section.phase
            counts.phases += 1
            node["phase"] = found["name"] if found.get("exact", True) else section.heading
            node["start"] = _value(found["start"])
            node["end"] = _value(found["end"])
            shown = found.get("shown", True) and found.get("exact", True)
            if self.phases_shown is None:
                self.phases_shown = shown
                if shown:
                    self.phase_style = {"separator": found["separator"], "brackets": found["brackets"]}
            elif shown and self.phase_style != {
                "separator": found["separator"],
                "brackets": found["brackets"],
            }:
                shown = False
                node["phase"] = section.heading
            if shown != self.phases_shown:
                node["dates"] = shown
            if found.get("guess"):
                _guess(node, "start", found["guess"], counts)
            phase = (found["start"], found["end"])
        else:
            node["heading"] = section.heading
        expected = self.numbering.number(section.level, index) if section.level <= 4 else ""
        if section.number != expected:
            node["number"] = section.number
        if section.run_in:
            node["run_in"] = True
        for comment in section.comments:
            _guess(node, "phase" if "phase" in node else "heading", comment, counts)
        content = self._blocks(section.content, phase)
        if content:
            node["content"] = content
        if section.sections:
            node["sections"] = CommentedSeq(
                self._section(child, i, phase) for i, child in enumerate(section.sections, 1)
            )
        if section.phase is not None and section.phase.get("tasks"):
            node["tasks"] = CommentedSeq(self._table_task(task, phase) for task in section.phase["tasks"])
        return node

    def _blocks(self, paragraphs: list[Any], phase: tuple[PlanDate, PlanDate] | None) -> CommentedSeq:
        blocks = CommentedSeq()
        texts = [p for p in paragraphs]
        i = 0
        while i < len(texts):
            text = texts[i]
            roster = self._roster(texts, i)
            if roster:
                blocks.append(roster[0])
                i += roster[1]
                continue
            if self.group is None and "任组长" in text:
                found = group_reader.from_prose(text)
                if found is not None and found.group.head:
                    self.group = found
                    if found.exact:
                        use = CommentedMap(use="leading_group")
                        if found.intro:
                            use["intro"] = found.intro
                        if found.outro:
                            use["outro"] = found.outro
                        blocks.append(use)
                        i += 1
                        continue
                    self.counts.notes.append(
                        "领导小组的文字未能按数据原样写出，保留原文，数据另列于 leading_group"
                    )
            run = enumerations.paragraph_run(texts, i)
            if run:
                items = [t[len(ordinal(k + 1)) :] for k, t in enumerate(texts[i : i + run])]
                enum = CommentedMap(style="paragraph")
                enum["items"] = CommentedSeq(self._item(item, phase) for item in items)
                blocks.append(enum)
                i += run
                continue
            found_enum = enumerations.in_paragraph(text)
            if found_enum is not None:
                enum = CommentedMap()
                if found_enum.intro:
                    enum["intro"] = found_enum.intro
                if found_enum.style != "semicolon":
                    enum["style"] = found_enum.style
                enum["items"] = CommentedSeq(self._item(item, phase) for item in found_enum.items)
                if found_enum.outro:
                    enum["outro"] = found_enum.outro
                blocks.append(enum)
            else:
                blocks.append(self._item(text, phase))
            i += 1
        return blocks

    def _roster(self, texts: list[str], i: int) -> tuple[CommentedMap | str, int] | None:
        """A roster (组　长：……) from line `i`: the insertion, and how many lines it took."""
        if self.group is not None:
            return None
        start = i
        if group_reader.roster_label(texts[i]) is None:
            following = texts[i + 1] if i + 1 < len(texts) else ""
            if not (texts[i].endswith(("：", ":")) and group_reader.roster_label(following) == "head"):
                return None
        end = start + 1
        while end < len(texts):
            line = texts[end]
            if (
                group_reader.roster_label(line) is not None
                or "下设办公室" in line
                or ("成员" in line and len(line) <= 30 and "。" not in line)
            ):
                end += 1
            else:
                break
        found = group_reader.from_roster(texts[start:end])
        if found is None:
            return None
        self.group = found
        if not found.exact:
            self.counts.notes.append("领导小组名单未能按数据原样写出，保留原文，数据另列于 leading_group")
            return None
        return CommentedMap(use="leading_group", form="roster"), end - start

    def _item(self, text: str, phase: tuple[PlanDate, PlanDate] | None) -> Any:
        """A paragraph or an enumeration item; with a task's facts when the text states them."""
        if self.schedule_tasks:
            return text
        facts = tasks.responsibility(text)
        due = tasks.deadline(text, self.year)
        if not facts.found and due is None:
            return text
        node = CommentedMap(text=text)
        lead = facts.lead
        if lead is None:
            lead = self.issuer
            node["lead"] = lead
            _guess(node, "lead", f"{GUESS}原文只写了时限，未写牵头单位，暂按发文机关", self.counts)
        else:
            node["lead"] = lead
            for guess in facts.guesses:
                _guess(node, "lead", f"{GUESS}{guess}", self.counts)
        self.names.append(lead)
        if facts.supporters:
            node["supporters"] = facts.supporters
            self.names += facts.supporters
        if due is not None:
            when, words = due
            if phase is None or (phase[0].first <= when.last <= phase[1].last):
                node["due"] = _value(when)
                if words.startswith("年"):
                    _guess(node, "due", f"{GUESS}“{words}”按{self.year}年12月31日", self.counts)
            else:
                self.counts.guesses += 1
                node.yaml_add_eol_comment(f"# {GUESS}原文时限“{words}”在所属环节之外，未写入 due", "text")
        self.counts.tasks += 1
        return node

    # --------------------------------------------------------------- phases

    def _table_phases(self) -> dict[str, phases.TablePhase]:
        for attached in self.draft.attachments:
            if attached.table and _schedule_header(attached.table):
                return {p.name: p for p in phases.from_table(attached.table, self.year)}
        return {}

    def _table_task(self, task: dict[str, Any], phase: tuple[PlanDate, PlanDate] | None) -> CommentedMap:
        node = CommentedMap(title=task["title"])
        if task.get("lead"):
            node["lead"] = task["lead"]
            self.names.append(task["lead"])
        else:
            node["lead"] = self.issuer
            self.names.append(self.issuer)
            _guess(node, "lead", f"{GUESS}日程表没有写牵头单位，暂按发文机关", self.counts)
        if task.get("supporters"):
            node["supporters"] = task["supporters"]
            self.names += task["supporters"]
        if task.get("due") is not None:
            node["due"] = _value(task["due"])
        self.counts.tasks += 1
        return node

    def _loose_phases(self, found: list[phases.TablePhase]) -> CommentedSeq:
        seq = CommentedSeq()
        for phase in found:
            node = CommentedMap(name=phase.name, start=_value(phase.start), end=_value(phase.end))
            if phase.tasks:
                node["tasks"] = CommentedSeq(
                    self._table_task(t, (phase.start, phase.end)) for t in phase.tasks
                )
            seq.append(node)
            self.counts.phases += 1
        return seq

    def _period(self) -> CommentedMap | None:
        """The campaign's period, when the text states one that is wider than its phases."""
        found = [s.phase for s in _walk(self.draft.body) if s.phase is not None]
        if not found:
            return None
        first, last = found[0]["start"], found[-1]["end"]
        for section in _walk(self.draft.body):
            if not any(child.phase for child in section.sections):
                continue
            text = "".join(b for b in section.content if isinstance(b, str))
            for stated in date_ranges(text, self.year):
                inside = stated.start.first <= first.first and last.last <= stated.end.last
                same = (stated.start.first, stated.end.last) == (first.first, last.last)
                if inside and not same:
                    return CommentedMap(start=_value(stated.start), end=_value(stated.end))
        return None

    # ------------------------------------------------------- group, the end

    def _people_names(self) -> set[str]:
        return {person.name for person in self.group.people} if self.group else set()

    def _group_data(self) -> CommentedMap:
        assert self.group is not None
        data = self.group.group.model_dump(exclude_defaults=True)
        node = CommentedMap()
        for key, value in data.items():
            node[key] = CommentedMap(value) if isinstance(value, dict) else value
        return node

    def _attachments(self) -> CommentedSeq:
        seq = CommentedSeq()
        for attached in self.draft.attachments:
            node = CommentedMap(title=attached.title)
            if attached.table and _schedule_header(attached.table) and self.counts.phases:
                node["schedule"] = True
            elif (
                re.search(r"日程|进度安排|时间安排", attached.title)
                and self.counts.phases
                and not attached.table
            ):
                node["schedule"] = True
                _guess(node, "schedule", f"{GUESS}原文附件未随文，按各环节生成总体日程安排", self.counts)
            else:
                lines = list(attached.content)
                for row in attached.table or []:
                    lines.append("　".join(cell for cell in row if cell))
                if lines:
                    node["content"] = lines
            seq.append(node)
        return seq

    def _style(self) -> CommentedMap:
        style = CommentedMap()
        formats = self.numbering_formats
        if formats and formats != list(DEFAULT[: len(formats)]):
            style["numbering"] = formats
        if self.phases_shown is False:
            style["phase_dates"] = False
        elif self.phase_style:
            if self.phase_style["separator"] != "至":
                style["date_separator"] = self.phase_style["separator"]
            if self.phase_style["brackets"] != "（）":
                style["date_brackets"] = self.phase_style["brackets"]
        if not self.draft.title_line or self.draft.title is None:
            style["title_line"] = False
        return style


def _schedule_header(rows: list[list[str]]) -> bool:
    header = "".join(rows[0]) if rows else ""
    return ("环节" in header or "阶段" in header) and ("时间" in header or "时限" in header)


def _walk(sections: list[Sec]) -> list[Sec]:
    found: list[Sec] = []
    for section in sections:
        found.append(section)
        found += _walk(section.sections)
    return found
