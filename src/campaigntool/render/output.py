"""From a plan to the bytes of a rendered document, in any format."""

from __future__ import annotations

from pathlib import Path

from campaigntool.plan import LoadedPlan
from campaigntool.render.document import Part, build
from campaigntool.render.environment import render


def render_text(
    loaded: LoadedPlan,
    fmt: str,
    part: Part = "all",
    template: Path | None = None,
    folders: tuple[Path, ...] = (),
) -> str:
    """Text, Markdown or HTML through the templates (a user's file or folder first)."""
    document = build(loaded, part)
    name = f"{fmt}/document.j2"
    if template is not None:
        folders = (template.parent.resolve(), *folders)
        name = template.name
    return render(name, folders, document=document, plan=loaded.plan, part=part, format=fmt)
