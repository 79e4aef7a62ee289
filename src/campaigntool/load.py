"""A plan file → the loaded plan: its validated model and source map, or the problems why not.

Every failure on the way (unreadable file, encoding, YAML syntax, unsafe YAML,
validation) becomes a `YamlProblem` with a position; nothing here raises to
the caller or prints.
"""

from __future__ import annotations

import gc
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path

from ruamel.yaml.error import YAMLError

from campaigntool.diagnostics import Span
from campaigntool.i18n import Text
from campaigntool.plan import LoadedPlan
from campaigntool.yamlsource import (
    SourceMap,
    YamlFailure,
    YamlProblem,
    compose,
    input_method_problems,
    syntax_problem,
    tag_of,
    to_data,
)

#: Real plans are tens of kilobytes; a 10,000-task plan is about 3 MiB.
MAX_BYTES = 32 * 1024 * 1024

_START = Span.point(1, 1)


def load_file(path: Path, shown_as: str | None = None) -> LoadedPlan:
    """Read and validate one plan file."""
    name = shown_as or str(path)
    raw = read_plan_bytes(path)
    if isinstance(raw, YamlProblem):
        return LoadedPlan(name, problems=[raw])
    return load_bytes(raw, name)


def read_plan_bytes(path: Path) -> bytes | YamlProblem:
    """The bytes of a plan file, or why they cannot be read.

    Only regular files are read: a named pipe would block forever and a
    device such as /dev/zero never ends, so both are refused before opening.
    """
    try:
        status = path.stat()
        if not stat.S_ISREG(status.st_mode):
            return YamlProblem("Y001", _START, *_not_a_file(status.st_mode))
        if status.st_size > MAX_BYTES:
            return _too_large(status.st_size)
        with path.open("rb") as handle:
            raw = handle.read(MAX_BYTES + 1)  # the file may have grown since
    except OSError as error:
        reason = error.strerror or str(error)
        return YamlProblem(
            "Y001",
            _START,
            Text(f"无法读取文件：{reason}", f"cannot read the file: {reason}"),
            Text("检查路径和文件权限", "check the path and the file's permissions"),
        )
    if len(raw) > MAX_BYTES:
        return _too_large(len(raw))
    return raw


def _not_a_file(mode: int) -> tuple[Text, Text]:
    if stat.S_ISDIR(mode):
        kind = Text("目录", "a folder")
    elif stat.S_ISFIFO(mode):
        kind = Text("命名管道（FIFO）", "a named pipe (FIFO)")
    elif stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        kind = Text("设备文件", "a device")
    else:
        kind = Text("特殊文件", "a special file")
    return (
        Text(f"这是{kind.zh}，不是普通文件，未读取", f"this is {kind.en}, not a regular file; not read"),
        Text("给出方案文件的路径", "give the path of a plan file"),
    )


def load_bytes(raw: bytes, name: str) -> LoadedPlan:
    """Decode, parse and validate a plan given as bytes."""
    if len(raw) > MAX_BYTES:
        return LoadedPlan(name, problems=[_too_large(len(raw))])
    text_or_problem = decode(raw)
    if isinstance(text_or_problem, YamlProblem):
        return LoadedPlan(name, problems=[text_or_problem])
    return load_text(text_or_problem, name)


def load_text(text: str, name: str) -> LoadedPlan:
    """Parse and validate plan text (already decoded)."""
    with collector_paused():
        loaded = _load_text(text, name)
    if loaded.problems and loaded.model is None:
        loaded.problems = input_method_problems(text, loaded.problems, plan_keys())
    return loaded


@lru_cache(maxsize=1)
def plan_keys() -> frozenset[str]:
    """Every key any part of a plan may have (to tell `lead:x` from text)."""
    from pydantic import BaseModel

    from campaigntool.model import Plan
    from campaigntool.validation import _models_in

    keys: set[str] = set()
    models: list[type[BaseModel]] = [Plan]
    seen: set[type[BaseModel]] = set()
    while models:
        model = models.pop()
        if model in seen:
            continue
        seen.add(model)
        for name, info in model.model_fields.items():
            keys.add(name)
            models.extend(_models_in(info.annotation))
    return frozenset(keys)


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while a file becomes objects.

    A large plan allocates hundreds of thousands of nodes at once, and the
    collector would scan them again and again (three quarters of the time on a
    10,000-task plan); nothing built here forms reference cycles.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _load_text(text: str, name: str) -> LoadedPlan:
    from pydantic import ValidationError

    from campaigntool.model import Plan
    from campaigntool.model.compiled import prepare
    from campaigntool.validation import problems_from

    loaded = LoadedPlan(name, source=text)
    try:
        root = compose(text)
        loaded.root = root
    except YAMLError as error:
        loaded.problems.append(syntax_problem(error))
        return loaded
    except RecursionError:
        loaded.problems.append(YamlProblem("Y006", _START, _TOO_DEEP))
        return loaded
    if root is None:
        loaded.problems.append(YamlProblem("Y006", _START, *_EMPTY))
        return loaded
    if tag_of(root) != "tag:yaml.org,2002:map":
        line, col = root.start_mark.line + 1, root.start_mark.column + 1
        loaded.problems.append(YamlProblem("Y006", Span.point(line, col), *_NOT_MAPPING))
        return loaded
    source_map = SourceMap(text, root)
    try:
        data = to_data(root, text)
    except YamlFailure as failure:
        loaded.problems.extend(failure.problems)
        return loaded
    from campaigntool.yearless import year_context

    context = {"year": year_context(data)}
    prepare(Plan)
    try:
        loaded.model = Plan.model_validate(data, context=context)
    except ValidationError as error:
        loaded.problems.extend(problems_from(error, data, source_map, Plan))
        return loaded
    loaded.source_map = source_map
    return loaded


def decode(raw: bytes) -> str | YamlProblem:
    """UTF-8 text (a BOM is fine), or a problem that says how to save the file."""
    nul = raw.find(b"\x00")
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return YamlProblem("Y001", _START, *_UTF16)
    if nul >= 0:
        line, col = _position(raw, nul)
        return YamlProblem(
            "Y001",
            Span.point(line, col),
            Text(
                "文件含有 NUL 字节，不是文本文件",
                "the file contains NUL bytes; it is not a text file",
            ),
            Text(
                "确认选对了文件；若是文本，另存为 UTF-8",
                "check that this is the right file; save text as UTF-8",
            ),
        )
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line, col = _position(raw, error.start)
        return YamlProblem("Y001", Span.point(line, col), *_not_utf8(raw))
    return text.removeprefix("\ufeff")


def _position(raw: bytes, index: int) -> tuple[int, int]:
    """Line and column (in characters, as far as they decode) of a byte offset."""
    before = raw[:index]
    line_start = before.rfind(b"\n") + 1
    col = len(before[line_start:].decode("utf-8", errors="replace")) + 1
    return before.count(b"\n") + 1, col


def _not_utf8(raw: bytes) -> tuple[Text, Text]:
    try:
        raw.decode("gb18030")
        guess = Text("，看起来是 GBK/GB18030 编码", ", it looks like GBK/GB18030")
    except UnicodeDecodeError:
        guess = Text("", "")
    return (
        Text(f"文件不是 UTF-8 编码{guess.zh}", f"the file is not UTF-8{guess.en}"),
        Text(
            "用编辑器“另存为”，编码选择 UTF-8（如 WPS/记事本的“编码”选项）",
            "save it again as UTF-8 (the editor's 'Save as' encoding option)",
        ),
    )


def _too_large(size: int) -> YamlProblem:
    mib = size / 1024 / 1024
    return YamlProblem(
        "Y006",
        _START,
        Text(
            f"文件过大（{mib:.1f} MiB，上限 32 MiB）",
            f"the file is too large ({mib:.1f} MiB, limit 32 MiB)",
        ),
        Text(
            "一个方案一个文件；确认没有选错文件",
            "keep one plan per file; check that this is the right file",
        ),
    )


_UTF16 = (
    Text("文件是 UTF-16 编码", "the file is UTF-16"),
    Text("用编辑器“另存为”，编码选择 UTF-8", "save it again as UTF-8"),
)
_TOO_DEEP = Text("嵌套层次过深", "nested too deeply")
_EMPTY = (
    Text("文件是空的", "the file is empty"),
    Text("写入方案内容（至少 title 和 issuer）", "write the plan (at least title and issuer)"),
)
_NOT_MAPPING = (
    Text(
        "顶层应为映射（title: …、issuer: … 等键），不是列表或单个值",
        "the top level must be a mapping (title:, issuer:, …), not a list or a single value",
    ),
    Text("顶层写 title: …、issuer: … 等键", "write top-level keys such as title: and issuer:"),
)
