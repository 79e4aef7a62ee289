"""`campaign report`: the progress report or final summary as text, Markdown, HTML or Word."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import cast

from campaigntool.app.sources import load_one
from campaigntool.config import Settings
from campaigntool.diagnostics import CheckResult, FileResult, Severity
from campaigntool.i18n import Text

FORMATS = ("text", "md", "html", "docx")


@dataclass
class ReportResult:
    findings: CheckResult
    data: bytes | None = None
    refusal: Text | None = None
    notices: list[Text] = field(default_factory=list)


def report(
    path: Path, as_of: date, output_format: str, settings: Settings, fonts: dict[str, str]
) -> ReportResult:
    """The report as of a day; a plan with errors gives none (its figures could be wrong)."""
    from campaigntool.check import Selection, check_loaded
    from campaigntool.progress_report import build_report

    loaded = load_one(path)
    if not loaded.plans:
        return ReportResult(loaded.findings, refusal=_REFUSED)
    plan = loaded.plans[0]
    checked = check_loaded(plan, Selection.from_settings(settings), as_of)
    errors = [d for d in checked.diagnostics if d.severity is Severity.ERROR]
    if errors:
        return ReportResult(CheckResult([FileResult(checked.path, checked.source, errors)]), refusal=_REFUSED)
    document = build_report(plan, as_of)
    if output_format == "docx":
        from campaigntool.render.docx_writer import Fonts, Signature, docx_bytes

        style = plan.plan.style
        signature = cast(Signature, (style.signature if style else None) or settings.signature)
        data = docx_bytes(
            document,
            Fonts(**fonts),
            signature=signature,
            title=document.title,
            author=plan.plan.issuer,
            created=as_of,
        )
        return ReportResult(CheckResult(), data)
    from campaigntool.render.environment import render

    text = render(
        f"{output_format}/document.j2",
        (),
        document=document,
        plan=plan.plan,
        part="plan",
        format=output_format,
    )
    return ReportResult(CheckResult(), text.encode("utf-8"))


_REFUSED = Text(
    "方案有错误，未生成报告；先运行 campaign check 改正。",
    "the plan has errors and no report was made; run campaign check and fix them.",
)
