"""The shipped plans are real and stay clean."""

import json

from tests.helpers import PLANS, run


def test_shipped_plans_have_no_errors_and_only_the_expected_overdue_warnings() -> None:
    result = run("check", str(PLANS), "--format", "json", "--as-of", "2026-11-21")
    assert result.exit_code == 0
    document = json.loads(result.stdout)
    assert document["summary"] == {"files": 3, "error": 0, "warning": 5, "info": 0}
    overdue = [(d["code"], d["line"]) for d in document["diagnostics"]]
    assert overdue == [("T002", 171), ("T002", 182), ("T002", 192), ("T002", 194), ("T002", 261)]


def test_the_2013_plans_are_clean_on_any_day() -> None:
    for name in ("liaoning-2013-mass-line.yaml", "liaoning-2013-four-services.yaml"):
        result = run("check", str(PLANS / name), "--strict", "--as-of", "2030-01-01")
        assert result.exit_code == 0, result.stdout
        assert "no problems found" in result.stdout
