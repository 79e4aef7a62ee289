"""A plan given on standard input (`-` as a path), as editors and scripts pass an unsaved buffer.

`--stdin-filename` names it in reports (so positions read `plans/x.yaml:3:5`)
and says where it lives, so that the configuration nearest to it applies.
A file given this way is taken as a plan whatever it looks like: it was
named on purpose.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

STDIN = Path("-")


@dataclass(frozen=True)
class StandardInput:
    """The bytes read from standard input, and the file they stand for."""

    raw: bytes
    #: `--stdin-filename`, if given.
    filename: Path | None = None

    @property
    def name(self) -> str:
        """How reports show it."""
        from campaigntool.files import shown

        return shown(self.filename) if self.filename is not None else "-"

    @property
    def folder(self) -> Path | None:
        """Where to look for the configuration: the named file's folder."""
        return self.filename.resolve().parent if self.filename is not None else None


def split(paths: list[Path] | None, filename: str | None) -> tuple[list[Path] | None, StandardInput | None]:
    """The paths other than `-`, and standard input when asked for.

    Standard input is read (once) when `-` is among the paths, or when
    `--stdin-filename` is given with no paths, as ruff does. With `-` alone
    no folder is searched: `None` comes back only when no paths were given.
    """
    named = Path(filename) if filename else None
    wanted = paths or []
    if STDIN not in wanted and not (named is not None and not wanted):
        return paths, None
    rest = [path for path in wanted if path != STDIN]
    return rest, StandardInput(sys.stdin.buffer.read(), named)
