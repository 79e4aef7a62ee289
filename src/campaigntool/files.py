"""Files: finding plan files, showing paths, writing results atomically."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

PLAN_SUFFIXES = (".yaml", ".yml")


class MissingPath(Exception):
    """A path on the command line does not exist."""

    def __init__(self, path: Path) -> None:
        super().__init__(str(path))
        self.path = path


def discover(paths: Sequence[Path]) -> list[Path]:
    """Plan files named or found below the named folders, in a stable order."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            below = [
                Path(root) / name
                for root, _, files in os.walk(path)
                for name in files
                if name.endswith(PLAN_SUFFIXES) and not _hidden(Path(root) / name, path)
            ]
            found.extend(sorted(below))
        elif path.exists():
            found.append(path)
        else:
            raise MissingPath(path)
    return list(dict.fromkeys(found))


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
