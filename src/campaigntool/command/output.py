"""Where a command's output goes, and what `--quiet` leaves out.

Results go to standard output or to the file of `-o`, where `-` means
standard output, as in ruff and most Unix tools. Everything else a command
says (files written, files passed over, summaries, progress) goes to standard
error and is left out under `--quiet`; problems never are.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from campaigntool.i18n import Lang, Text

#: `-o -`, and `-` as a path: standard output or standard input.
STANDARD = Path("-")


@dataclass
class Settings:
    """How this run shows things; reset at each start (the command group does)."""

    quiet: bool = False


settings = Settings()


def reset() -> None:
    settings.quiet = False


def is_standard(path: Path | None) -> bool:
    """No file, or `-`: standard output."""
    return path is None or path == STANDARD


class WriteFailed(Exception):
    """A file could not be written; the sentence says why."""

    def __init__(self, text: Text) -> None:
        super().__init__(text.en)
        self.text = text


def emit(data: str | bytes, output: Path | None, lang: Lang, *, announce: bool = True) -> None:
    """Data to standard output (no file or `-`), or to the file, written atomically.

    Text goes to standard output as text; bytes (a Word file, a calendar) as
    bytes, so `-o -` can be piped on.
    """
    if is_standard(output):
        if isinstance(data, bytes):
            sys.stdout.flush()
            sys.stdout.buffer.write(data)
            sys.stdout.buffer.flush()
        else:
            sys.stdout.write(data)
        return
    assert output is not None
    write(output, data.encode("utf-8") if isinstance(data, str) else data, lang, announce=announce)


def write(output: Path, data: bytes, lang: Lang, *, announce: bool = True) -> None:
    """A whole file, atomically; `WriteFailed` when it cannot be written."""
    from campaigntool.files import write_atomic

    try:
        write_atomic(output, data)
    except OSError as error:
        reason = error.strerror or str(error)
        raise WriteFailed(Text(f"无法写入 {output}：{reason}", f"cannot write {output}: {reason}")) from None
    if announce:
        say(Text(f"已写入 {output}", f"wrote {output}"), lang)


def say(text: Text, lang: Lang, *, stdout: bool = False) -> None:
    """A line that is not a problem, on standard error (or output): left out under --quiet."""
    if not settings.quiet:
        (sys.stdout if stdout else sys.stderr).write(text(lang) + "\n")


#: Below this many files a run is quick enough to need no bar.
PROGRESS_FROM = 50


def progress(total: int, label: Text, lang: Lang) -> Callable[[Path], None] | None:
    """A progress bar on a terminal for long runs; nothing in pipes, CI logs or under --quiet.

    Returns the function to call after each file, or None when no bar is shown.
    """
    if total < PROGRESS_FROM or settings.quiet or not sys.stderr.isatty():
        return None
    from rich.console import Console
    from rich.progress import Progress

    bar = Progress(transient=True, console=Console(file=sys.stderr))
    task = bar.add_task(label(lang), total=total)
    bar.start()

    def advance(_: Path) -> None:
        bar.advance(task)
        if bar.finished:
            bar.stop()

    return advance


#: Given the number of files, what to call after each one, or None.
Meter = Callable[[int], Callable[[Path], None] | None]


def meter(label: Text, lang: Lang) -> Meter:
    """`progress` for a command that learns the number of files only once it has found them."""

    def start(total: int) -> Callable[[Path], None] | None:
        return progress(total, label, lang)

    return start
