"""The plan's JSON Schema (draft-07), for editors: completion, hover help, checks.

The VS Code YAML extension does not fully support JSON Schema 2020-12, which
pydantic writes, so references move to `definitions`, a `$ref` never has
siblings, and every property carries a Chinese title and description.
"""

from __future__ import annotations

import json
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
    title = prop.get("title") or name
    prop["title"] = title
    prop.setdefault("description", title)
    if "$ref" in prop and len(prop) > 1:
        prop["allOf"] = [{"$ref": prop.pop("$ref")}]
    return prop
