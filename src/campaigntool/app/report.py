"""`campaign report`: the progress report or final summary as text, Markdown, HTML or Word."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, cast

from campaigntool.app.sources import load_one
from campaigntool.config import Settings
from campaigntool.diagnostics import CheckResult, FileResult, Severity
from campaigntool.i18n import Text

if TYPE_CHECKING:
    from campaigntool.plan import LoadedPlan
    from campaigntool.render.blocks import Figure

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
    chart, notices = _chart(plan, as_of, output_format)
    document = build_report(plan, as_of, chart)
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
        return ReportResult(CheckResult(), data, notices=notices)
    from campaigntool.render.environment import render

    text = render(
        f"{output_format}/document.j2",
        (),
        document=document,
        plan=plan.plan,
        part="plan",
        format=output_format,
    )
    return ReportResult(CheckResult(), text.encode("utf-8"), notices=notices)


def _chart(loaded: LoadedPlan, as_of: date, output_format: str) -> tuple[Figure | None, list[Text]]:
    """The Gantt chart for HTML (SVG) and Word (PNG); plain text and Markdown have none.

    Without matplotlib, or for Word without a Chinese font, the report is still
    made and the notices say what is missing and how to add it.
    """
    from campaigntool.render.blocks import Figure
    from campaigntool.render.gantt import ChartsUnavailable, draw

    if output_format not in ("html", "docx"):
        return None, []
    caption = f"{loaded.plan.short_name or '活动'}进度图（截至{as_of.month}月{as_of.day}日）"
    try:
        chart = draw(loaded, as_of, "svg" if output_format == "html" else "png")
    except ChartsUnavailable:
        return None, [_NO_CHARTS]
    notices = [] if chart.has_chinese_font else [_NO_FONT]
    if output_format == "html":
        return Figure(caption, svg=chart.data.decode("utf-8")), notices
    return Figure(caption, png=chart.data), notices


_NO_CHARTS = Text(
    "未安装绘图组件 matplotlib，报告中略去进度图；需要时运行 pip install 'campaigntool[charts]'。",
    "matplotlib is not installed, so the report has no progress chart; pip install 'campaigntool[charts]' adds it.",
)
_NO_FONT = Text(
    "没有找到中文字体，进度图中的中文可能显示为方框；安装仿宋、黑体或 fonts-noto-cjk 后重新生成。",
    "no Chinese font was found, so the chart's Chinese labels may show as boxes; install one "
    "(FangSong, SimHei or fonts-noto-cjk) and render again.",
)


_REFUSED = Text(
    "方案有错误，未生成报告；先运行 campaign check 改正。",
    "the plan has errors and no report was made; run campaign check and fix them.",
)
