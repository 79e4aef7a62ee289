"""The plan's JSON Schema (draft-07), for editors: completion, hover help, checks.

The VS Code YAML extension (yaml-language-server) does not fully support JSON
Schema 2020-12, which pydantic writes, so references move to `definitions`
and a `$ref` never has siblings. What the editor shows is Chinese, once:

- every property has a Chinese title, and a description only where it says
  more than the title (the editor prints both);
- an optional field is one schema whose type admits null, not pydantic's
  `anyOf: [X, null]`, for which the editor prints the title twice (`时限 || 时限`);
- the models' English docstrings, which pydantic makes descriptions of the
  definitions, are left out (completion shows them);
- every pattern has a Chinese `patternErrorMessage` instead of the raw
  regular expression, and `\\d` is written `[0-9]`: the loader reads ASCII
  digits only, and a Python validator's `\\d` also takes full-width ones.
"""

from __future__ import annotations

import json
import re
from typing import Any

DRAFT_07 = "http://json-schema.org/draft-07/schema#"


def plan_schema() -> dict[str, Any]:
    from campaigntool.model import Plan

    raw = Plan.model_json_schema(ref_template="#/definitions/{model}")
    definitions = raw.pop("$defs", {})
    schema: dict[str, Any] = {
        "$schema": DRAFT_07,
        **raw,
        "title": "实施方案",
        "description": "campaign 方案文件：实施方案的标题、正文、环节、任务、责任和公文要素。键用英文，内容用中文。",
        "definitions": definitions,
    }
    _draft07(schema)
    for definition in definitions.values():
        definition.pop("description", None)  # the model's docstring, written for developers
    _for_editors(schema)
    return schema


def schema_text() -> str:
    return json.dumps(plan_schema(), ensure_ascii=False, indent=2) + "\n"


def _draft07(node: Any) -> None:
    """Rewrite in place what draft-07 readers do not understand."""
    if isinstance(node, list):
        for item in node:
            _draft07(item)
        return
    if not isinstance(node, dict):
        return
    properties = node.get("properties")
    if isinstance(properties, dict):
        node.setdefault("additionalProperties", False)
        for name, prop in list(properties.items()):
            properties[name] = _described(prop, name)
    for value in node.values():
        _draft07(value)


def _described(prop: dict[str, Any], name: str) -> dict[str, Any]:
    """Every property gets a title and a description; `$ref` moves under allOf."""
    prop = dict(prop)
    prop["title"] = prop.get("title") or name
    if "$ref" in prop and len(prop) > 1:
        prop["allOf"] = [{"$ref": prop.pop("$ref")}]
    return prop


_CJK = re.compile(r"[\u3000-\u9fff]")
_DATE_HINT = (
    "日期写法不对。可写 2013-07-22（某一天）、2013-07（整月）、2013-07 上旬 / 中旬 / 下旬 / 上中旬 / 中下旬 / 底，"
    "或 2013年7月22日；数字用半角"
)
_ID_HINT = "编号只能用英文字母、半角数字和 - _ .，如 liaoning-2013-mass-line"


def _pattern_message(pattern: str) -> str:
    if "上旬" in pattern:
        return _DATE_HINT
    if pattern == "^[A-Za-z0-9_.-]+$":
        return _ID_HINT
    return "写法不符合要求，请参照示例"


def _for_editors(node: Any) -> None:
    """Rewrite in place what editors show badly (see the module's docstring)."""
    if isinstance(node, list):
        for item in node:
            _for_editors(item)
        return
    if not isinstance(node, dict):
        return
    _merge_optional(node)
    if node.get("description") is not None and node.get("description") == node.get("title"):
        del node["description"]
    if isinstance(node.get("pattern"), str):
        node["pattern"] = node["pattern"].replace("\\d", "[0-9]")
        node["patternErrorMessage"] = _pattern_message(node["pattern"])
    for value in node.values():
        _for_editors(value)


def _merge_optional(node: dict[str, Any]) -> None:
    """`anyOf: [{type: string, …}, {type: null}]` → `{type: [string, null], …}`.

    Only for plain types: a `$ref` cannot take a sibling `type` in draft-07
    readers, so optional nested objects keep their anyOf.
    """
    options = node.get("anyOf")
    if not isinstance(options, list) or len(options) < 2 or {"type": "null"} not in options:
        return
    others = [option for option in options if option != {"type": "null"}]
    if any("$ref" in other or "type" not in other or "anyOf" in other for other in others):
        return
    # Several plain types (a name, or a list of names) merge when their other keywords
    # do not clash: `items` only constrains arrays, `pattern` only strings.
    kinds = [other["type"] for other in others]
    extra = [{k: v for k, v in other.items() if k != "type"} for other in others]
    keys = [key for found in extra for key in found]
    clash = len(keys) != len(set(keys)) or not all(isinstance(k, str) for k in kinds)
    if clash and len(others) != 1:
        return
    del node["anyOf"]
    if len(others) > 1:
        for found in extra:
            for key, value in found.items():
                node.setdefault(key, value)
        node["type"] = [*kinds, "null"]
        return
    [other] = others
    kind = other.pop("type")
    for key, value in other.items():
        node.setdefault(key, value)
    node["type"] = [*(kind if isinstance(kind, list) else [kind]), "null"]
    if isinstance(node.get("enum"), list) and None not in node["enum"]:
        node["enum"] = [*node["enum"], None]
