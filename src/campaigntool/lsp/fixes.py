"""Quick fixes, offered only where the fix is certain.

- D003: a half-width , ; : ( ) in Chinese text becomes its full-width form
  (one at a time, or all of them in the file at once);
- V001 and R002: a misspelt key or name becomes the one the check suggests.

Positions are 0-based, in characters; a problem spans one line.
"""

from __future__ import annotations

from dataclasses import dataclass

from campaigntool.i18n import Lang, Text

HALF_TO_FULL = {",": "，", "(": "（", ")": "）", ";": "；", ":": "："}


@dataclass(frozen=True)
class Problem:
    """A published diagnostic, as much of it as a fix needs."""

    code: str
    line: int
    start: int
    end: int
    replacement: str | None = None


@dataclass(frozen=True)
class Edit:
    line: int
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Fix:
    """A code action: its title, its edits, and the problems it resolves."""

    title: str
    edits: tuple[Edit, ...]
    fixes: tuple[Problem, ...]
    preferred: bool = True
    fix_all: bool = False


def fixes_for(lines: list[str], wanted: list[Problem], everything: list[Problem], lang: Lang) -> list[Fix]:
    """The fixes for the problems under the cursor, then a fix-all when it helps."""
    found: list[Fix] = []
    for problem in wanted:
        edit = _edit(lines, problem)
        if edit is None:
            continue
        if problem.code == "D003":
            title = Text(f"改为全角“{edit.text}”", f"Replace with the full-width '{edit.text}'")
        else:
            title = Text(f"改为“{problem.replacement}”", f"Change to '{problem.replacement}'")
        found.append(Fix(title(lang), (edit,), (problem,)))
    punctuation = [p for p in everything if p.code == "D003"]
    if found and any(p.code == "D003" for p in wanted) and len(punctuation) > 1:
        pairs = [(p, _edit(lines, p)) for p in punctuation]
        edits = tuple(e for _, e in pairs if e is not None)
        title = Text(
            f"本文件的半角标点全部改为全角（{len(edits)} 处）",
            f"Replace all half-width punctuation in this file ({len(edits)})",
        )
        found.append(Fix(title(lang), edits, tuple(p for p, e in pairs if e is not None), False, True))
    return found


def _edit(lines: list[str], problem: Problem) -> Edit | None:
    if not 0 <= problem.line < len(lines):
        return None
    written = lines[problem.line][problem.start : problem.end]
    if problem.code == "D003":
        full = HALF_TO_FULL.get(written)
        return Edit(problem.line, problem.start, problem.end, full) if full else None
    if problem.replacement is None or not written:
        return None
    quote = written[0]
    if quote in "'\"" and len(written) >= 2 and written[-1] == quote:
        # Keep the author's quotes; replace what they enclose.
        return Edit(problem.line, problem.start + 1, problem.end - 1, problem.replacement)
    return Edit(problem.line, problem.start, problem.end, problem.replacement)
