import json

from tests.helpers import PLANS, REPO, run

FIXTURE = str(REPO / "tests" / "fixtures" / "track.yaml")


def test_status_by_phase_and_unit_as_json() -> None:
    result = run("status", FIXTURE, "--as-of", "2014-05-01", "--format", "json")
    assert result.exit_code == 0
    [plan] = json.loads(result.stdout)["plans"]
    first, second = plan["phases"]
    assert (first["name"], first["total"], first["done"], first["cancelled"], first["overdue"]) == (
        "学习调研",
        7,
        1,
        1,
        5,
    )
    assert first["elapsed"] == 1.0 and first["behind"] is True
    assert (second["overdue"], second["due_soon"], second["elapsed"]) == (0, 1, 0.016)
    units = {u["name"]: (u["total"], u["overdue"]) for u in plan["units"]}
    assert units == {"办公室": (3, 2), "宣传部": (2, 2), "组织部": (4, 1)}
    assert plan["overall"]["done_share"] == 0.125


def test_status_table_has_one_line_for_the_whole_campaign() -> None:
    result = run("status", str(PLANS / "demo-2026.yaml"), "--as-of", "2026-11-21", "--lang", "zh")
    assert result.exit_code == 0
    assert "总体：完成 23/37（62%），逾期 7 项，即将到期 1 项；时间已过 87%，进度落后。" in result.stdout
    assert "整改提质" in result.stdout and "落后" in result.stdout
