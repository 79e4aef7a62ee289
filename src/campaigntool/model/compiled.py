"""The plan model's validator, kept between runs the way Python keeps `.pyc` files.

pydantic builds a model's validator from the Python classes on first use. For
the plan model that takes about 40 ms, more than reading and checking a plan,
and every `campaign` process used to pay it again. The built validator is a
pydantic-core object that pickles to its core schema (about 30 KB) and loads
in about 2 ms, so it is kept in the user's cache folder.

The cache is keyed by the Python, pydantic and pydantic-core versions and the
size and modification time of every source file of this package, so any
change to the code that could change the model builds it afresh. Anything
wrong with the cache (missing, stale, unreadable, not the user's own, writable
by others, refused by pickle) means the validator is built as usual and the
cache written again; it never produces an error or a different result.
Setting `CAMPAIGN_NO_CACHE=1` turns it off; `CAMPAIGN_CACHE_DIR` moves it.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import stat
import sys
from pathlib import Path

from pydantic import BaseModel
from pydantic_core import SchemaValidator

#: The first bytes of a cache file; a file without them is not ours.
_MAGIC = b"campaign-validator 1\n"


def prepare(model: type[BaseModel]) -> None:
    """Give `model` its validator, from the cache when it is there and current."""
    if isinstance(model.__dict__.get("__pydantic_validator__"), SchemaValidator):
        return
    folder = cache_folder()
    if folder is None:
        model.model_rebuild()
        return
    key = _key(model)
    path = folder / f"{model.__module__}.{model.__qualname__}.validator"
    validator = _read(path, key)
    if validator is not None:
        # pydantic calls `__pydantic_validator__` for `model_validate`; the rest of
        # the class (fields, JSON schema, serializer) is built on demand as before.
        model.__pydantic_validator__ = validator
        return
    model.model_rebuild()
    built = model.__pydantic_validator__
    if isinstance(built, SchemaValidator):
        _write(folder, path, key, built)


def cache_folder() -> Path | None:
    """Where validators are kept, or None when caching is off."""
    if os.environ.get("CAMPAIGN_NO_CACHE"):
        return None
    chosen = os.environ.get("CAMPAIGN_CACHE_DIR")
    if chosen:
        return Path(chosen)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    if not os.path.isabs(base):
        return None  # no home folder to speak of
    return Path(base) / "campaign"


def _key(model: type[BaseModel]) -> bytes:
    """What the built validator depends on: the versions and this package's sources."""
    import pydantic
    import pydantic_core

    digest = hashlib.sha256()
    for part in (
        sys.version,
        pydantic.VERSION,
        pydantic_core.__version__,
        model.__module__,
        model.__qualname__,
    ):
        digest.update(part.encode("utf-8", "surrogatepass") + b"\0")
    package = Path(__file__).resolve().parent.parent
    for name, size, mtime in sorted(_sources(package)):
        digest.update(f"{name}\0{size}\0{mtime}\0".encode("utf-8", "surrogatepass"))
    return digest.hexdigest().encode("ascii")


def _sources(folder: Path) -> list[tuple[str, int, int]]:
    found: list[tuple[str, int, int]] = []
    with os.scandir(folder) as entries:
        for entry in entries:
            if entry.is_dir(follow_symlinks=False):
                if entry.name != "__pycache__":
                    found.extend(_sources(Path(entry.path)))
            elif entry.name.endswith(".py"):
                status = entry.stat()
                found.append((entry.path, status.st_size, status.st_mtime_ns))
    return found


def _read(path: Path, key: bytes) -> SchemaValidator | None:
    try:  # the C unpickler alone: `pickle` itself costs another millisecond to import
        from _pickle import loads
    except ImportError:  # pragma: no cover - other Pythons
        from pickle import loads

    try:
        handle = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    except OSError:
        return None
    with os.fdopen(handle, "rb") as source:
        status = os.fstat(source.fileno())
        # Unpickling runs code named in the file, so only a file this user wrote
        # and nobody else can change is read, like any file in the user's home.
        if not _private(status):
            return None
        data = source.read()
    header = _MAGIC + key + b"\n"
    if not data.startswith(header):
        return None
    try:
        loaded = loads(data[len(header) :])
    except Exception:  # a file from another version of this code, or damaged
        return None
    return loaded if isinstance(loaded, SchemaValidator) else None


def _private(status: os.stat_result) -> bool:
    owner = getattr(os, "getuid", None)
    mine = owner is None or status.st_uid == owner()
    return stat.S_ISREG(status.st_mode) and mine and not status.st_mode & (stat.S_IWGRP | stat.S_IWOTH)


def _write(folder: Path, path: Path, key: bytes, validator: SchemaValidator) -> None:
    """Replace the cache file in one step, 0600; never `files.write_atomic`, which keeps an
    existing file's mode and writes through a symbolic link, both wrong for a file we unpickle."""
    import pickle
    import tempfile

    try:
        data = _MAGIC + key + b"\n" + pickle.dumps(validator, protocol=pickle.HIGHEST_PROTOCOL)
    except Exception:  # a validator that cannot be kept is simply built each time
        return
    with contextlib.suppress(OSError):
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=folder)
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(data)
            os.replace(temporary, path)
        except OSError:
            Path(temporary).unlink(missing_ok=True)
