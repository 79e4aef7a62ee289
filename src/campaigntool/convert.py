"""Plans written before phases became part of the text, brought to the one-tree form.

In the old form a phase was written twice: as a section of the body
(`heading: 学习教育、听取意见`, often with its dates in the heading) and again
under `phases:` with its dates and tasks. The conversion moves each such
phase into its section (`phase:` instead of `heading:`), so that every fact
stands once; phases the text does not describe stay under `phases:`.
"""

from __future__ import annotations

import re
from typing import Any

#: A heading that carries its phase's dates: `学习调研阶段（9月下旬至11月中旬）`.
_DATED = re.compile(r"^(?P<name>.+?)\s*[（(][^（）()]*\d+月[^（）()]*[)）]$")


def heading_name(heading: str) -> str:
    """The phase name a heading stands for, without dates in brackets after it."""
    match = _DATED.match(heading.strip())
    return match["name"] if match else heading.strip()


def old_form_phases(data: Any) -> list[str]:
    """Names of phases written both under `phases:` and as a heading of the body."""
    if not isinstance(data, dict):
        return []
    names = {p.get("name") for p in data.get("phases") or [] if isinstance(p, dict)}
    found: list[str] = []

    def visit(sections: Any) -> None:
        for section in sections if isinstance(sections, list) else []:
            if not isinstance(section, dict):
                continue
            heading = section.get("heading")
            if isinstance(heading, str) and heading_name(heading) in names:
                found.append(heading_name(heading))
            visit(section.get("sections"))

    visit(data.get("body"))
    return found


def convert(data: Any) -> bool:
    """Move each phase written twice into its section, in place (ruamel.yaml round-trip data).

    Returns whether anything changed. Comments on the moved keys travel with them.
    """
    from ruamel.yaml.comments import CommentedMap

    phases = {p["name"]: p for p in data.get("phases") or [] if isinstance(p, dict) and "name" in p}
    moved: set[str] = set()

    def visit(sections: Any) -> None:
        for index, section in enumerate(sections if isinstance(sections, list) else []):
            if not isinstance(section, dict):
                continue
            heading = section.get("heading")
            name = heading_name(heading) if isinstance(heading, str) else None
            if name is not None and name in phases and name not in moved:
                phase = phases[name]
                merged = CommentedMap()
                merged["phase"] = name
                for key in ("id", "start", "end"):
                    if key in phase:
                        merged[key] = phase[key]
                for key, value in section.items():
                    if key != "heading":
                        merged[key] = value
                if phase.get("tasks"):
                    merged["tasks"] = phase["tasks"]
                sections[index] = merged
                moved.add(name)
            else:
                visit(section.get("sections"))

    visit(data.get("body"))
    if not moved:
        return False
    remaining = [p for p in data["phases"] if not (isinstance(p, dict) and p.get("name") in moved)]
    if remaining:
        data["phases"] = type(data["phases"])(remaining)
    else:
        del data["phases"]
    return True
