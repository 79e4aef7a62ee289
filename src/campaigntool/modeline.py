"""The schema modeline of a new plan: `# yaml-language-server: $schema=…` that resolves.

The editor resolves the path against the plan's own folder; a path to a file
that is not there gives `Unable to load schema` instead of help. So a new
plan names the nearest `campaign.schema.json` in its folder or a folder
above it, up to the top of the repository (or the current folder), by its
relative path; when there
is none, the schema is written beside the plan.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from campaigntool.recognise import SCHEMA_NAME


@dataclass(frozen=True)
class SchemaRef:
    """The path to write in the modeline, and the schema file to create, if any."""

    ref: str
    create: Path | None = None


def schema_ref(plan: Path) -> SchemaRef:
    folder = plan.resolve().parent
    for candidate in _folders(folder):
        schema = candidate / SCHEMA_NAME
        if schema.is_file():
            return SchemaRef(Path(os.path.relpath(schema, folder)).as_posix())
    return SchemaRef(SCHEMA_NAME, plan.parent / SCHEMA_NAME)


def _folders(folder: Path) -> list[Path]:
    """The plan's folder and those above it, up to the repository's top.

    Outside a repository, up to the current folder when the plan is below it;
    a schema elsewhere on the machine is not the project's.
    """
    chain = [folder]
    for parent in folder.parents:
        if (chain[-1] / ".git").exists():
            return chain
        chain.append(parent)
    here = Path.cwd().resolve()
    if here == folder or here in folder.parents:
        return [f for f in chain if f == here or here in f.parents]
    return [folder]
