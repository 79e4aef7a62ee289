"""One document in, one plan file's text out: read, recognise, assemble, write."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from campaigntool.i18n import Text
from campaigntool.importer.assemble import Assembler, Counts
from campaigntool.importer.build import Draft, read_draft
from campaigntool.importer.readers import read
from campaigntool.importer.writer import plan_text


@dataclass
class Imported:
    text: str
    counts: Counts
    #: How the file was read (encoding, conversion) and what the year was taken from.
    notes: list[Text] = field(default_factory=list)


def plan_year(draft: Draft, given: int | None, this_year: int) -> tuple[int, Text | None]:
    """The year that dates without one belong to: --year, the 成文日期, the 发文字号, the title."""
    if given is not None:
        return given, None
    if draft.date is not None:
        return draft.date.year, None
    for text in (draft.doc_number or "", draft.title or ""):
        match = re.search(r"(?:19|20)\d{2}", text)
        if match:
            return int(match.group()), Text(
                f"原文没有成文日期，年份按“{text}”取 {match.group()} 年",
                f"no date of issue; the year {match.group()} is taken from '{text}'",
            )
    return this_year, Text(
        f"原文没有写年份，日期按 {this_year} 年；可用 --year 指定",
        f"the document states no year; dates are taken as {this_year} (use --year)",
    )


def import_document(path: Path, schema: str, year: int | None, this_year: int) -> Imported:
    """The plan file's text for a document; raises `ImportProblem` for a file that cannot be one."""
    source = read(path)
    draft = read_draft(source.lines)
    chosen, year_note = plan_year(draft, year, this_year)
    assembler = Assembler(draft, chosen, year_note.zh if year_note else None)
    plan = assembler.plan()
    comments = [
        f"yaml-language-server: $schema={schema}",
        f"由 campaign import 从 {path.name} 导入。标有“推测”的地方请核对后删去注释。",
    ]
    if year_note is not None:
        comments.append(year_note.zh)
    comments += [f"推测：{text}" if not text.startswith("推测") else text for text in draft.comments]
    notes = list(source.notes)
    if year_note is not None:
        notes.append(year_note)
    return Imported(plan_text(plan, comments), assembler.counts, notes)
