"""Mutated plans for property tests, and one function that runs every command's library entry point.

The strategy starts from a shipped plan and applies a few mutations of the
kinds real files suffer: bytes, whole lines, indentation, keys, value types,
dates, Unicode (input-method characters, line separators, surrogates'
bytes), anchors and tags, line endings.
"""

from __future__ import annotations

import contextlib
import io
from datetime import date

from hypothesis import strategies as st

from campaigntool.check import Selection, check_loaded
from campaigntool.config import Settings
from campaigntool.diagnostics import CheckResult
from campaigntool.fmt import FormatRefused, format_bytes
from campaigntool.load import load_bytes
from campaigntool.plan import LoadedPlan
from campaigntool.report import FORMATS, reporter
from campaigntool.track import overdue_and_due_soon, status
from campaigntool.workdays import WorkCalendar
from tests.helpers import PLANS, REPO

SEEDS = [
    *(p.read_bytes() for p in sorted(PLANS.glob("*.yaml"))),
    (REPO / "tests" / "fixtures" / "commented.yaml").read_bytes(),
]
AS_OF = date(2026, 11, 21)

VALUES = [
    b"[]",
    b"{}",
    b"~",
    b"123",
    b"-1e999",
    b".nan",
    b"'x'",
    b'"\\ud800"',
    b'"\\x01\\e"',
    b"!!binary aGk=",
    b"!!timestamp x",
    b"!!bool \xe6\x98\xaf",
    b"!!str 5",
    b"&a x",
    b"*a",
    b"2026-02-30",
    b"9999-12",
    b"0001-01 \xe4\xb8\x8a\xe6\x97\xac",
    b"2026-13",
    b"2026-06 \xe4\xb8\x8b\xe6\x97\xac",
    b"9" * 4301,
    b"{{ 7*7 }}",
    b"<script>alert(1)</script>",
    b"a\x01b",
    b"(",
    b"1,",
    b"|-\n  block\n  text",
    b">\n  folded",
    "指导思想: 以".encode(),
    b"x" * 5000,
]
PIECES = [
    b"\r\n",
    b"\r",
    b"\n",
    b"\t",
    b" ",
    b":",
    b": ",
    b"- ",
    b"#",
    b"'",
    b'"',
    b"[",
    b"{",
    b"&",
    b"*",
    b"!",
    b"%",
    b"---\n",
    "\u3000".encode(),
    "：".encode(),
    "\u2028".encode(),
    "\u2029".encode(),
    "\x85".encode(),
    "\ufeff".encode(),
    b"\x00",
    b"\xff",
    b"\xed\xa0\x80",
    "😀".encode(),
    "\u202e".encode(),
    "\u200b".encode(),
]
KEYS = [b"titel", b"title", b"due", b"start", b"end", b"tasks", b"<<", b"? x", b"id", b"lead", b"status"]


@st.composite
def mutated_plans(draw: st.DrawFn) -> bytes:
    data = bytearray(draw(st.sampled_from(SEEDS)))
    for _ in range(draw(st.integers(1, 4))):
        kind = draw(
            st.sampled_from(["insert", "delete", "line", "indent", "value", "key", "endings", "anchor"])
        )
        lines = bytes(data).split(b"\n")
        index = draw(st.integers(0, max(len(lines) - 1, 0)))
        if kind == "insert":
            position = draw(st.integers(0, len(data)))
            piece = draw(st.sampled_from(PIECES) | st.binary(min_size=1, max_size=4))
            data[position:position] = piece
        elif kind == "delete" and data:
            position = draw(st.integers(0, len(data) - 1))
            data[position : position + draw(st.integers(1, 40))] = b""
        elif kind == "line":
            action = draw(st.sampled_from(["duplicate", "drop", "swap"]))
            other = draw(st.integers(0, max(len(lines) - 1, 0)))
            if action == "duplicate":
                lines.insert(index, lines[index])
            elif action == "drop":
                del lines[index]
            else:
                lines[index], lines[other] = lines[other], lines[index]
            data = bytearray(b"\n".join(lines))
        elif kind == "indent":
            prefix = draw(st.sampled_from([b"  ", b"    ", b"\t", "\u3000".encode(), b" "]))
            stripped = lines[index].lstrip(b" ")
            lines[index] = (prefix + lines[index]) if draw(st.booleans()) else stripped
            data = bytearray(b"\n".join(lines))
        elif kind == "value":
            line = lines[index]
            head = line.split(b": ", 1)[0] if b": " in line else line.rstrip(b"-: ")
            lines[index] = head + b": " + draw(st.sampled_from(VALUES))
            data = bytearray(b"\n".join(lines))
        elif kind == "key":
            line = lines[index]
            indent = line[: len(line) - len(line.lstrip(b" -"))]
            rest = line.split(b":", 1)[1] if b":" in line else b" x"
            lines[index] = indent + draw(st.sampled_from(KEYS)) + b":" + rest
            data = bytearray(b"\n".join(lines))
        elif kind == "endings":
            data = bytearray(bytes(data).replace(b"\n", draw(st.sampled_from([b"\r\n", b"\r", b"\n\n"]))))
        else:
            line = lines[index]
            if b": " in line:
                head, tail = line.split(b": ", 1)
                tag = draw(st.sampled_from([b"&x ", b"!!str ", b"!local ", b"*x", b"&x [", b"!!map "]))
                lines[index] = head + b": " + tag + tail
            data = bytearray(b"\n".join(lines))
    return bytes(data)


def run_everything(raw: bytes) -> None:
    """Every command's library entry point on one file; any exception is a failure."""
    loaded = load_bytes(raw, "plan.yaml")
    selection = Selection.from_settings(Settings(select=["ALL", "P", "N"]))
    result = CheckResult([check_loaded(loaded, selection, AS_OF)])
    for name in FORMATS:
        for lang in ("zh", "en"):
            reporter(name)(result, lang, io.StringIO())
    with contextlib.suppress(FormatRefused):  # refusing to write is safe: the file is left as it was
        format_bytes(raw, "plan.yaml")
    if not loaded.ok:
        return
    _tracking(loaded)
    _rendering(loaded)


def _tracking(source: LoadedPlan) -> None:
    from campaigntool import timeline
    from campaigntool.ics import calendar_bytes
    from campaigntool.report import overdue as overdue_report
    from campaigntool.report import status as status_report

    calendar = WorkCalendar()
    from campaigntool.app.track import OverdueResult, StatusResult

    late, soon = overdue_and_due_soon([source], AS_OF, 7, calendar)
    for by in ("lead", "phase", "none"):
        overdue_report.write_table(late, soon, AS_OF, 7, by, "zh", io.StringIO())
    overdue_report.write_json(OverdueResult(CheckResult(), late, soon, AS_OF, 7), "zh", io.StringIO())
    overdue_report.write_csv(late, soon, io.StringIO())
    report = status(source, AS_OF, 7)
    status_report.write_table([(source.path, report)], "en", io.StringIO())
    status_report.write_json(StatusResult(CheckResult(), [(source.path, report)], AS_OF), "en", io.StringIO())
    timeline.terminal_lines(source, AS_OF, 80, "zh")
    timeline.mermaid(source, AS_OF, calendar)
    calendar_bytes(source, "zh", stamp=None)


def _rendering(source: LoadedPlan) -> None:
    from campaigntool.progress_report import build_report
    from campaigntool.render.document import build
    from campaigntool.render.docx_writer import docx_bytes
    from campaigntool.render.output import render_text

    for fmt in ("text", "md", "html"):
        render_text(source, fmt).encode("utf-8")
    docx_bytes(build(source))
    build_report(source, AS_OF)
