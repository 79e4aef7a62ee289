"""Files: finding plan files, showing paths, writing results atomically."""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from campaigntool.i18n import Text
from campaigntool.recognise import PLAN_SUFFIXES, recognise


class MissingPath(Exception):
    """A path on the command line does not exist."""

    def __init__(self, path: Path) -> None:
        super().__init__(str(path))
        self.path = path


@dataclass
class Discovery:
    """The plan files found, and the YAML files left alone because they are not plans."""

    plans: list[Path] = field(default_factory=list)
    skipped: list[tuple[Path, Text]] = field(default_factory=list)


def discover(paths: Sequence[Path]) -> Discovery:
    """Plan files named or found below the named folders, in a stable order.

    Named files go through the same recognition as found ones: pre-commit
    names every changed YAML file, workflows included (campaigntool.recognise).
    """
    candidates: list[Path] = []
    for path in paths:
        if path.is_dir():
            below = [
                Path(root) / name
                for root, _, files in os.walk(path)
                for name in files
                if name.endswith(PLAN_SUFFIXES) and not _hidden(Path(root) / name, path)
            ]
            candidates.extend(sorted(below))
        elif path.exists():
            candidates.append(path)
        else:
            raise MissingPath(path)
    found = Discovery()
    for candidate in dict.fromkeys(candidates):
        recognition = recognise(candidate)
        if recognition.is_plan:
            found.plans.append(candidate)
        else:
            assert recognition.reason is not None
            found.skipped.append((candidate, recognition.reason))
    return found


def _hidden(path: Path, base: Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(base).parts)


def shown(path: Path) -> str:
    """A path as users see it: relative to the current folder when below it."""
    try:
        return path.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return path.as_posix()


def write_atomic(path: Path, data: bytes) -> None:
    """Write a whole file or nothing: a failure never leaves a truncated file.

    The data goes to a temporary file in the same folder, is flushed to disk,
    and then replaces the target in one step.
    """
    import tempfile

    folder = path.parent if str(path.parent) else Path(".")
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
