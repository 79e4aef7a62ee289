"""`campaign render`: the notice and the plan as text, Markdown, HTML or Word."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import cast

from campaigntool.app.errors import UsageError, missing
from campaigntool.app.sources import load_one
from campaigntool.config import Settings
from campaigntool.diagnostics import CheckResult, Diagnostic, FileResult, Severity
from campaigntool.i18n import Text

FORMATS = ("text", "md", "html", "docx")


@dataclass
class RenderRequest:
    path: Path
    output_format: str = "text"
    part: str = "all"
    template: Path | None = None
    folders: tuple[Path, ...] = ()
    fonts: dict[str, str] = field(default_factory=dict)
    force: bool = False
    #: Refuse a plan that is not ready to issue (the P rules), not only one with errors.
    strict: bool = False


@dataclass
class RenderResult:
    """The document's bytes, or None when the plan has errors (and no --force); its findings."""

    findings: CheckResult
    data: bytes | None = None
    refusal: Text | None = None


def template_folders(plan: Path, templates: list[Path] | None) -> tuple[Path, ...]:
    """--templates folders, then a templates/ folder beside the plans, if any."""
    folders = [folder.resolve() for folder in templates or []]
    beside = plan.resolve().parent / "templates"
    if beside.is_dir():
        folders.append(beside)
    return tuple(folders)


def render(request: RenderRequest, settings: Settings, as_of: date) -> RenderResult:
    """Check the plan, then lay it out; a document is not made from a plan with errors.

    The findings are the plan's errors and what keeps it from being issued
    (the P rules, as warnings); under `strict` the latter refuse it too.
    """
    from campaigntool.check import Selection, check_loaded
    from campaigntool.render.document import Part
    from campaigntool.render.environment import TemplateProblem
    from campaigntool.render.readiness import issuing_diagnostics

    loaded = load_one(request.path)
    if not loaded.plans:
        return RenderResult(loaded.findings, refusal=_REFUSED)
    plan = loaded.plans[0]
    checked = check_loaded(plan, Selection.from_settings(settings), as_of)
    errors = [d for d in checked.diagnostics if d.severity is Severity.ERROR]
    warnings = issuing_diagnostics(plan, settings, as_of)
    findings = CheckResult(
        [FileResult(checked.path, checked.source, sorted(errors + warnings, key=Diagnostic.sort_key))]
    )
    if errors and not request.force:
        return RenderResult(findings, refusal=_REFUSED)
    if warnings and request.strict:
        return RenderResult(findings, refusal=_NOT_READY)
    if request.part == "notice" and plan.plan.notice is None:
        return RenderResult(findings, refusal=_NO_NOTICE)
    part = cast(Part, request.part)
    if request.output_format == "docx":
        from campaigntool.render.docx_writer import Fonts, Signature, docx_for_plan

        style = plan.plan.style
        signature = cast(Signature, (style.signature if style else None) or settings.signature)
        return RenderResult(findings, docx_for_plan(plan, part, Fonts(**request.fonts), signature))
    from campaigntool.render.output import render_text

    if request.template is not None and not request.template.is_file():
        raise missing(request.template)
    try:
        text = render_text(plan, request.output_format, part, request.template, request.folders)
    except TemplateProblem as problem:
        raise UsageError(problem.text) from None
    return RenderResult(findings, text.encode("utf-8"))


_NOT_READY = Text("方案未达到印发要求，未生成（--strict）。", "not ready to issue; not rendered (--strict).")
_NO_NOTICE = Text("方案没有印发通知（notice），无从生成", "the plan has no notice to render")
_REFUSED = Text(
    "方案有错误，未生成；改正后重试，或加 --force。",
    "the plan has errors and was not rendered; fix them or use --force.",
)
