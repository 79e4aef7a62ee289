"""Paths in machine reports: relative to the repository root, as CI systems expect.

GitHub annotations, SARIF and GitLab Code Quality all attach findings to
files by their path from the top of the repository, whatever folder the
check ran in (a `working-directory` step, a subfolder of plans).
"""

from __future__ import annotations

from pathlib import Path


def repository_root(start: Path) -> Path:
    """The nearest folder holding `.git`, else `start` itself."""
    for folder in (start, *start.parents):
        if (folder / ".git").exists():
            return folder
    return start


def from_root(path: str, root: Path) -> str | None:
    """`path` (as shown, relative to the current folder) from the root, with `/`; None outside it."""
    try:
        return (Path.cwd() / path).resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return None


def relative_uri(path: str, root: Path) -> str:
    """The path from the root; a file outside the repository keeps an absolute `file:` URI."""
    return from_root(path, root) or (Path.cwd() / path).resolve().as_uri()
