"""The JSON Schema: draft-07, described in Chinese, in sync, and accepted by check-jsonschema."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

from tests.helpers import PLANS, run

SCHEMA = PLANS / "campaign.schema.json"
CHECK_JSONSCHEMA = Path(sys.executable).parent / "check-jsonschema"


def test_committed_schema_is_in_sync() -> None:
    result = run("schema")
    assert result.exit_code == 0
    assert result.stdout == SCHEMA.read_text(encoding="utf-8"), (
        "run: campaign schema -o plans/campaign.schema.json"
    )


def properties(node: Any) -> list[tuple[str, dict[str, Any]]]:
    found: list[tuple[str, dict[str, Any]]] = []
    if isinstance(node, dict):
        for name, prop in (node.get("properties") or {}).items():
            found.append((name, prop))
        for value in node.values():
            found += properties(value)
    elif isinstance(node, list):
        for item in node:
            found += properties(item)
    return found


def test_draft07_with_chinese_titles_and_descriptions_everywhere() -> None:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    assert schema["$schema"] == "http://json-schema.org/draft-07/schema#"
    assert "$defs" not in json.dumps(schema)
    chinese = re.compile(r"[\u4e00-\u9fff]")
    found = properties(schema)
    assert len(found) > 80
    for name, prop in found:
        assert chinese.search(prop["title"]), name
        # A description only where it says more than the title: editors print both.
        assert prop.get("description") != prop["title"], name
        assert "description" not in prop or chinese.search(prop["description"]), name
        assert not ("$ref" in prop and len(prop) > 1), name
    objects = [schema, *schema["definitions"].values()]
    assert all(o.get("additionalProperties") is False for o in objects)
    assert schema["properties"]["doc_number"]["examples"] == ["辽工党发〔2013〕18号"]


def test_every_shipped_plan_names_the_schema() -> None:
    for plan in PLANS.glob("*.yaml"):
        first = plan.read_text(encoding="utf-8").splitlines()[0]
        assert first == "# yaml-language-server: $schema=campaign.schema.json", plan.name


def test_check_jsonschema_accepts_the_shipped_plans() -> None:
    plans = sorted(str(p) for p in PLANS.glob("*.yaml"))
    done = subprocess.run(
        [str(CHECK_JSONSCHEMA), "--schemafile", str(SCHEMA), *plans],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_check_jsonschema_rejects_a_misspelt_key(tmp_path: Path) -> None:
    plan = tmp_path / "plan.yaml"
    plan.write_text("title: 某机关关于某的方案\nissuer: 某机关\ntitel: x\n", encoding="utf-8")
    done = subprocess.run(
        [str(CHECK_JSONSCHEMA), "--schemafile", str(SCHEMA), str(plan)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 1 and "titel" in done.stdout


def test_schema_to_a_file(tmp_path: Path) -> None:
    target = tmp_path / "s.json"
    assert run("schema", "-o", str(target)).exit_code == 0
    assert target.read_text(encoding="utf-8") == SCHEMA.read_text(encoding="utf-8")


def _nodes(node: Any) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    if isinstance(node, dict):
        found.append(node)
        for value in node.values():
            found += _nodes(value)
    elif isinstance(node, list):
        for item in node:
            found += _nodes(item)
    return found


def test_everything_an_editor_shows_is_chinese_and_said_once() -> None:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    chinese = re.compile(r"[\u4e00-\u9fff]")
    for node in _nodes(schema):
        for key in ("title", "description", "patternErrorMessage"):
            if isinstance(node.get(key), str):  # not a property named `title`
                assert chinese.search(node[key]), node[key]
        # pydantic's optional `anyOf: [X, null]` makes the editor print titles twice.
        options = node.get("anyOf", [])
        assert not (
            {"type": "null"} in options and any("type" in o and o != {"type": "null"} for o in options)
        )
    assert all("description" not in d for d in schema["definitions"].values())


def test_every_pattern_has_a_chinese_message_and_ascii_digits() -> None:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    patterns = [node for node in _nodes(schema) if "pattern" in node]
    assert len(patterns) > 10
    for node in patterns:
        assert "\\d" not in node["pattern"], node["pattern"]
        assert node["patternErrorMessage"] and "\\" not in node["patternErrorMessage"]


def test_schema_and_loader_agree_on_digits(tmp_path: Path) -> None:
    """Full-width and Arabic-Indic digits: the loader rejects them, so must the schema."""
    import jsonschema

    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    validator = jsonschema.Draft7Validator(schema)
    base = {"title": "某机关关于开展某活动的实施方案", "issuer": "某机关"}
    for good in ("2013-07-22", "2013-07 中旬", "2013年7月22日", "2013-7底"):
        assert not list(validator.iter_errors({**base, "date": good})), good
        assert run("check", "--select", "D001", str(_plan(tmp_path, good))).exit_code == 0, good
    for bad in ("２０１３-07-22", "2013-０7 中旬", "٢٠١٣-07-22", "2013年７月"):
        assert list(validator.iter_errors({**base, "date": bad})), bad
        assert run("check", "--select", "D001", str(_plan(tmp_path, bad))).exit_code == 1, bad


def _plan(folder: Path, date: str) -> Path:
    plan = folder / "plan.yaml"
    plan.write_text(
        f"title: 某机关关于开展某活动的实施方案\nissuer: 某机关\ndate: {date}\n", encoding="utf-8"
    )
    return plan


def test_optional_values_may_still_be_left_empty() -> None:
    import jsonschema

    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    plan = {
        "title": "某机关关于开展某活动的实施方案",
        "issuer": "某机关",
        "date": None,
        "header": {"urgency": None},
    }
    assert not list(jsonschema.Draft7Validator(schema).iter_errors(plan))
