"""Files: finding plan files, showing paths, writing results atomically and faithfully."""

from __future__ import annotations

import contextlib
import os
import stat
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
    for candidate in _once(candidates):
        recognition = recognise(candidate)
        if recognition.is_plan:
            found.plans.append(candidate)
        else:
            assert recognition.reason is not None
            found.skipped.append((candidate, recognition.reason))
    return found


def _once(candidates: list[Path]) -> list[Path]:
    """Each file once, by the name it was first met under: named twice, or also through a link."""
    seen: set[str] = set()
    unique = []
    for candidate in candidates:
        real = os.path.realpath(candidate)
        if real not in seen:
            seen.add(real)
            unique.append(candidate)
    return unique


def _hidden(path: Path, base: Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(base).parts)


def shown(path: Path) -> str:
    """A path as users see it: relative to the current folder when below it."""
    try:
        return path.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return path.as_posix()


def write_atomic(path: Path, data: bytes) -> None:
    """Write a whole file or nothing, keeping what the file was besides its content.

    - An existing file keeps its mode; a new file gets the mode the umask gives
      (as `open` would), never the 0600 of a temporary file.
    - A symbolic link is written through: its target gets the new content.
    - A file with hard links is rewritten in place, so every link sees it.
    - Otherwise the data goes to a temporary file in the same folder, is
      flushed to disk and replaces the target in one step; the temporary file
      is removed on any failure, and ones left by a killed run are removed.
    """
    target = Path(os.path.realpath(path))
    try:
        status: os.stat_result | None = target.stat()
    except FileNotFoundError:
        status = None
    if status is not None and stat.S_ISREG(status.st_mode) and status.st_nlink > 1:
        _rewrite_in_place(target, data)
        return
    mode = stat.S_IMODE(status.st_mode) if status is not None else _default_mode()
    folder = target.parent
    _remove_stale(folder, target.name)
    handle, temporary = _temporary(folder, target.name)
    try:
        with os.fdopen(handle, "wb") as out:
            os.fchmod(out.fileno(), mode)
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


#: Temporary files are named `.NAME.PID.RANDOM.campaign-tmp`: the process id
#: tells a stale one (its process is gone) from one being written right now.
_TMP_SUFFIX = ".campaign-tmp"


def _temporary(folder: Path, name: str) -> tuple[int, str]:
    import tempfile

    return tempfile.mkstemp(prefix=f".{name}.{os.getpid()}.", suffix=_TMP_SUFFIX, dir=folder)


def _remove_stale(folder: Path, name: str) -> None:
    """Remove temporary files of `name` whose writing process no longer runs."""
    prefix = f".{name}."
    try:
        entries = [e for e in os.listdir(folder) if e.startswith(prefix) and e.endswith(_TMP_SUFFIX)]
    except OSError:
        return
    for entry in entries:
        pid = entry[len(prefix) :].split(".", 1)[0]
        if pid.isdigit() and not _running(int(pid)):
            with contextlib.suppress(OSError):
                (folder / entry).unlink()


def _running(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # it exists but belongs to someone else
    return True


def _default_mode() -> int:
    """The mode a new file gets from `open`: 0666 less the umask."""
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


def _rewrite_in_place(target: Path, data: bytes) -> None:
    """Overwrite a hard-linked file's content; on failure put the old content back."""
    old = target.read_bytes()
    try:
        with target.open("r+b") as out:
            out.write(data)
            out.truncate()
            out.flush()
            os.fsync(out.fileno())
    except BaseException:
        with target.open("r+b") as out:
            out.write(old)
            out.truncate()
        raise
