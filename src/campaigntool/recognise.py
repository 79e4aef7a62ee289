"""Which YAML files are plans, so that a repository's other YAML is left alone.

A plans repository also holds CI workflows, a pre-commit configuration and
the plans' JSON Schema; pre-commit hands every changed `.yaml` file to the
hooks. Checking a workflow as a plan gives false errors (`missing key
'title'`) and formatting it rewrites it, so a file that is not a plan is
skipped with a notice. A file is a plan, in this order:

1. it is not `.yaml` or `.yml`: not a plan;
2. it names a schema in a `# yaml-language-server: $schema=…` modeline: a
   plan exactly when that schema is `campaign.schema.json` (`campaign new`
   writes it);
3. otherwise by its top-level keys: a plan when at least half of them are
   keys of a plan (`title`, `issuer`, `phases`, …). A workflow (`name`, `on`,
   `jobs`) or a pre-commit configuration (`repos`) is not; a plan with a
   misspelt key still is, and is reported;
   A file written as JSON (which is YAML too) is judged by its keys alike;
4. a file whose top level is a list is not a plan. A file with no keys to go
   by (empty, unreadable, not UTF-8) is treated as a plan, so that the
   checker says what is wrong with it.

Only the start of the file is read; this runs before loading.
"""

from __future__ import annotations

import re
import stat
from dataclasses import dataclass
from pathlib import Path

from campaigntool.i18n import Text

PLAN_SUFFIXES = (".yaml", ".yml")
SCHEMA_NAME = "campaign.schema.json"
#: Enough for the modeline and the top-level keys of any real plan.
_HEAD_BYTES = 256 * 1024

_MODELINE = re.compile(r"^#\s*yaml-language-server\s*:\s*\$schema=(?P<schema>\S+)", re.MULTILINE)
_TOP_KEY = re.compile(r"""^(?P<quote>["']?)(?P<key>[^\s"'#:][^"':]*?)(?P=quote)\s*:(?:\s|$)""")


@dataclass(frozen=True)
class Recognition:
    """Whether a file is a plan, and why not when it is not."""

    is_plan: bool
    reason: Text | None = None


PLAN = Recognition(True)


def recognise(path: Path) -> Recognition:
    """Decide from the file's name and its first bytes whether it is a plan."""
    try:
        if not stat.S_ISREG(path.stat().st_mode):
            return PLAN  # a pipe or a device is never opened here: the loader refuses it with its reason
    except OSError:
        return PLAN  # the loader says why it cannot be read
    if not path.name.endswith(PLAN_SUFFIXES):
        return Recognition(False, Text("不是 .yaml 或 .yml 文件", "not a .yaml or .yml file"))
    try:
        with path.open("rb") as handle:
            head = handle.read(_HEAD_BYTES)
    except OSError:
        return PLAN  # the loader says why it cannot be read
    if b"\0" in head:
        return PLAN  # UTF-16 or binary: the loader reports the encoding
    return recognise_text(head.decode("utf-8", errors="replace"))


def recognise_text(text: str) -> Recognition:
    modeline = _MODELINE.search(text)
    if modeline is not None:
        schema = modeline["schema"]
        if schema.rsplit("/", 1)[-1] == SCHEMA_NAME:
            return PLAN
        return Recognition(
            False, Text(f"文件声明的 schema 是 {schema}", f"the file declares the schema {schema}")
        )
    keys, list_root = _top_level(text)
    if not keys and not list_root:
        keys, list_root = _flow_top_level(text)
    if not keys:
        if list_root:
            return Recognition(False, Text("顶层是列表，不是映射", "its top level is a list"))
        return PLAN
    known = _plan_keys()
    ours = [key for key in keys if key in known]
    if len(ours) * 2 >= len(keys):
        return PLAN
    shown = keys[:5]
    how = Text("大多", "mostly") if ours else Text("都", "")
    return Recognition(
        False,
        Text(
            f"顶层的键 {'、'.join(shown)} {how.zh}不是方案的键",
            f"its top-level keys {', '.join(shown)} are {how.en + ' ' if how.en else ''}not a plan's",
        ),
    )


def _top_level(text: str) -> tuple[list[str], bool]:
    """The keys at the top level of the first document, and whether it is a list instead."""
    keys: list[str] = []
    for line in text.lstrip("\ufeff").splitlines():
        if not line or line[0] in " \t#":
            continue  # nested content, comments and blank lines
        if line.startswith("---"):
            if keys:
                break  # the first document decides
            continue
        if line.startswith("..."):
            break
        if line.startswith("- ") or line == "-":
            return keys, not keys
        match = _TOP_KEY.match(line)
        if match is not None:
            keys.append(match["key"])
    return list(dict.fromkeys(keys)), False


def _flow_top_level(text: str) -> tuple[list[str], bool]:
    """The keys of a file written as JSON (which is YAML too), or whether it is a JSON list."""
    body = text.lstrip("\ufeff \t\r\n")
    if not body.startswith(("{", "[")):
        return [], False
    import json

    try:
        data = json.loads(body)
    except ValueError:
        return [], False  # flow-style YAML that is not JSON, or cut off: the loader decides
    if isinstance(data, dict):
        return [str(key) for key in data], False
    return [], isinstance(data, list)


def _plan_keys() -> frozenset[str]:
    from campaigntool.model import Plan

    return frozenset(
        name for field_name, field in Plan.model_fields.items() for name in (field_name, field.alias) if name
    )


def skipped(path: str, reason: Text) -> Text:
    """The notice for a file that is left alone."""
    return Text(f"跳过 {path}：不是方案文件（{reason.zh}）", f"skipped {path}: not a plan ({reason.en})")


NO_PLANS = Text(
    "没有找到方案文件（.yaml 或 .yml）；请检查路径",
    "no plan files (.yaml or .yml) found; check the path",
)
