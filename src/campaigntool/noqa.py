"""`# noqa` comments: which findings a file silences, and which comments are wrong or unused.

Two forms, as ruff has them:

    date: 2013-07-22  # noqa: D002 原文如此      the reported line, the named rules
    date: 2013-07-22  # noqa                     the reported line, every rule
    # campaign: noqa: D003 原文如此              the whole file (a comment line of its own)

Codes come first, separated by commas or spaces; whatever follows is the
reason. Reading and validation codes (Y, V) cannot be silenced: a file that
cannot be read cannot be checked. A comment that names no rule or an unknown
code is reported (N001) instead of being silently ignored or, worse, read as
a bare `# noqa` that silences everything; a comment that silenced nothing can
be reported (N002, off by default).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass, field

from campaigntool.diagnostics import Diagnostic, Severity, Span
from campaigntool.i18n import Text

# A YAML comment starts with `#` at the start of a line or after whitespace;
# a `#` inside a word (`第#3`) is text.
_LINE = re.compile(r"(?:^|(?<=\s))#\s*noqa\b(?P<colon>\s*:)?", re.IGNORECASE)
_FILE = re.compile(r"^\s*#\s*campaign\s*:\s*noqa\b(?P<colon>\s*:)?", re.IGNORECASE)
_CODE = re.compile(r"[A-Za-z]+[0-9]+")
_SEPARATORS = " \t,，、"

INVALID = "N001"
UNUSED = "N002"


@dataclass(frozen=True, slots=True)
class CodeRef:
    """One code written in a directive, and where (1-based column, length)."""

    code: str
    col: int
    length: int


@dataclass
class Directive:
    """One `# noqa` comment: on a line, or for the whole file."""

    line: int
    col: int
    end_col: int
    whole_file: bool
    #: None for a bare `# noqa`: every rule.
    codes: tuple[CodeRef, ...] | None
    used: set[str] = field(default_factory=set)

    def silences(self, code: str) -> bool:
        return self.codes is None or any(ref.code == code for ref in self.codes)

    def span(self) -> Span:
        return Span(self.line, self.col, self.line, self.end_col)


def parse(source: str | None) -> list[Directive]:
    """Every directive in the file, in order."""
    if source is None or "noqa" not in source.lower():
        return []
    found: list[Directive] = []
    for number, text in enumerate(source.splitlines(), start=1):
        if "#" not in text:
            continue
        match = _FILE.match(text)
        whole_file = match is not None
        if match is None:
            match = _LINE.search(text)
        if match is None:
            continue
        codes = _codes(text, match.end()) if match["colon"] else None
        end = codes[-1].col + codes[-1].length - 1 if codes else match.end()
        found.append(Directive(number, match.start() + 1, end + 1, whole_file, codes))
    return found


def _codes(text: str, start: int) -> tuple[CodeRef, ...]:
    """The codes after `noqa:`, up to the first word that is not a code (the reason)."""
    refs: list[CodeRef] = []
    position = start
    while True:
        while position < len(text) and text[position] in _SEPARATORS:
            position += 1
        match = _CODE.match(text, position)
        if match is None:
            return tuple(refs)
        refs.append(CodeRef(match[0].upper(), match.start() + 1, len(match[0])))
        position = match.end()


@dataclass
class Suppressions:
    """The directives of one file, applied to its findings."""

    path: str
    directives: list[Directive]
    #: Codes that may be silenced (configurable rules), and those that are not.
    known: Collection[str]
    fixed: Collection[str] = ()
    #: The findings the directives silenced, counted by `check --statistics`.
    silenced: list[Diagnostic] = field(default_factory=list)

    def apply(self, findings: Iterable[Diagnostic]) -> list[Diagnostic]:
        """The findings no directive silences; directives remember what they silenced."""
        by_line: dict[int, list[Directive]] = {}
        whole_file: list[Directive] = []
        for directive in self.directives:
            if directive.whole_file:
                whole_file.append(directive)
            else:
                by_line.setdefault(directive.line, []).append(directive)
        kept: list[Diagnostic] = []
        for finding in findings:
            silencer = next(
                (
                    d
                    for d in (*by_line.get(finding.line, ()), *whole_file)
                    if self._valid(d) and d.silences(finding.code)
                ),
                None,
            )
            if silencer is None:
                kept.append(finding)
            else:
                silencer.used.add(finding.code)
                self.silenced.append(finding)
        return kept

    def _valid(self, directive: Directive) -> bool:
        """`# noqa:` followed by no code at all silences nothing; N001 says why."""
        return directive.codes is None or bool(directive.codes)

    def problems(self, ran: Collection[str], severity_of: Callable[[str], Severity]) -> list[Diagnostic]:
        """N001 for malformed directives and unknown codes; N002 for what silenced nothing.

        Only the codes in `ran` are reported, so N002 never blames a comment
        for a rule that was not run.
        """
        found: list[Diagnostic] = []
        for directive in self.directives:
            if INVALID in ran:
                found.extend(self._invalid(directive, severity_of(INVALID)))
            if UNUSED in ran:
                found.extend(self._unused(directive, ran, severity_of(UNUSED)))
        return found

    def _invalid(self, directive: Directive, severity: Severity) -> Iterable[Diagnostic]:
        if directive.codes is not None and not directive.codes:
            yield Diagnostic(
                self.path,
                directive.span(),
                INVALID,
                severity,
                Text("“# noqa:” 后没有写规则代码，不起作用", "`# noqa:` names no rule and silences nothing"),
                Text(
                    "在冒号后写代码，再写原因，如 # noqa: D002 原文如此；要关闭本行全部规则，去掉冒号",
                    "write the codes after the colon, then the reason: # noqa: D002 as in the original; "
                    "for every rule on the line, drop the colon",
                ),
            )
            return
        for ref in directive.codes or ():
            span = Span(directive.line, ref.col, directive.line, ref.col + ref.length)
            if ref.code in self.fixed:
                yield Diagnostic(
                    self.path,
                    span,
                    INVALID,
                    severity,
                    Text(
                        f"{ref.code} 是读取或校验错误，不能用 noqa 关闭",
                        f"{ref.code} is a reading or validation error and cannot be silenced",
                    ),
                    Text("改正文件中的错误，并删去这个代码", "fix the file and remove the code"),
                )
            elif ref.code not in self.known:
                yield Diagnostic(
                    self.path,
                    span,
                    INVALID,
                    severity,
                    Text(
                        f"没有规则“{ref.code}”，这个 noqa 不起作用",
                        f"no rule '{ref.code}'; it silences nothing",
                    ),
                    Text(
                        "用 campaign rule 查看规则代码，如 D002",
                        "`campaign rule` lists the codes, such as D002",
                    ),
                )

    def _unused(self, directive: Directive, ran: Collection[str], severity: Severity) -> Iterable[Diagnostic]:
        where = Text("整个文件", "the file") if directive.whole_file else Text("本行", "this line")
        if directive.codes is None:
            if not directive.used:
                yield Diagnostic(
                    self.path,
                    directive.span(),
                    UNUSED,
                    severity,
                    Text(
                        f"这个 noqa 没有关闭{where.zh}的任何问题", f"this noqa silences nothing on {where.en}"
                    ),
                    Text("删去这条注释", "remove the comment"),
                )
            return
        for ref in directive.codes:
            if ref.code in ran and ref.code in self.known and ref.code not in directive.used:
                yield Diagnostic(
                    self.path,
                    Span(directive.line, ref.col, directive.line, ref.col + ref.length),
                    UNUSED,
                    severity,
                    Text(
                        f"{where.zh}没有 {ref.code} 问题，这个 noqa 代码用不上",
                        f"{ref.code} finds nothing on {where.en}; the noqa code is unused",
                    ),
                    Text(f"删去 {ref.code}", f"remove {ref.code}"),
                )
