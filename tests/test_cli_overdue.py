"""`campaign overdue` through the CLI, with a fixed --as-of."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from tests.helpers import REPO, run

FIXTURE = str(REPO / "tests" / "fixtures" / "track.yaml")


def overdue_json(*options: str) -> dict[str, object]:
    result = run("overdue", FIXTURE, "--format", "json", *options)
    assert result.exit_code == 0, result.stderr
    document: dict[str, object] = json.loads(result.stdout)
    return document


def ids(document: dict[str, object], group: str) -> list[tuple[str, int]]:
    rows = document["rows"]
    assert isinstance(rows, list)
    return [(r["task_id"], r["days"]) for r in rows if r["group"] == group]


def test_due_today_is_not_overdue_and_due_yesterday_is() -> None:
    document = overdue_json("--as-of", "2014-04-30")
    assert ids(document, "overdue") == [("month", 30), ("mid-xun", 10), ("yesterday", 1)]


def test_xun_and_month_deadlines_count_to_their_last_day() -> None:
    document = overdue_json("--as-of", "2014-05-01")
    assert ids(document, "overdue") == [
        ("month", 31),
        ("mid-xun", 11),
        ("yesterday", 2),
        ("today", 1),
        ("xun", 1),
    ]


def test_done_and_cancelled_tasks_are_never_overdue() -> None:
    document = overdue_json("--as-of", "2015-01-01")
    assert {"finished", "dropped"}.isdisjoint(task for task, _ in ids(document, "overdue"))


def test_within_adds_due_soon_soonest_first() -> None:
    document = overdue_json("--as-of", "2014-04-30", "--within", "7")
    assert ids(document, "due_soon") == [("today", 0), ("xun", 0), ("next-week", 7)]
    assert document["counts"] == {"overdue": 3, "due_soon": 3}


def test_json_and_csv_hold_the_same_rows() -> None:
    document = overdue_json("--as-of", "2014-05-01", "--within", "10", "--workdays")
    result = run(
        "overdue", FIXTURE, "--format", "csv", "--as-of", "2014-05-01", "--within", "10", "--workdays"
    )
    table = list(csv.DictReader(io.StringIO(result.stdout)))
    rows = document["rows"]
    assert isinstance(rows, list) and len(table) == len(rows) == 6
    for from_csv, from_json in zip(table, rows, strict=True):
        assert from_csv["task_id"] == from_json["task_id"]
        assert from_csv["days"] == str(from_json["days"])
        assert from_csv["supporters"] == "、".join(from_json["supporters"])
        assert from_csv["due_date"] == from_json["due_date"]
        assert from_csv["workdays"] == ("" if from_json["workdays"] is None else str(from_json["workdays"]))


def test_workdays_skip_weekends_and_holidays() -> None:
    # Due 2014-04-29; 1 May to 3 May 2014 was the Labour Day holiday and 4 May a makeup working day.
    document = overdue_json("--as-of", "2014-05-05", "--workdays")
    rows = {r["task_id"]: r for r in document["rows"] if r["group"] == "overdue"}  # type: ignore[attr-defined]
    assert (rows["yesterday"]["days"], rows["yesterday"]["workdays"]) == (6, 3)


def test_missing_calendar_year_falls_back_to_weekends_with_one_notice(tmp_path: Path) -> None:
    text = (REPO / "tests" / "fixtures" / "track.yaml").read_text(encoding="utf-8").replace("2014", "2031")
    plan = tmp_path / "future.yaml"
    plan.write_text(text, encoding="utf-8")
    result = run("overdue", str(plan), "--as-of", "2031-05-05", "--workdays", "--format", "json")
    assert result.exit_code == 0
    rows = {r["task_id"]: r for r in json.loads(result.stdout)["rows"]}
    # 2031-04-29 is a Tuesday: 30 Apr, 1 May, 2 May, 5 May are weekdays.
    assert rows["yesterday"]["workdays"] == 4
    assert result.stderr.count("no holiday data for 2031") == 1


def test_table_groups_by_lead_with_counts_most_overdue_first() -> None:
    result = run("overdue", FIXTURE, "--as-of", "2014-05-01", "--lang", "zh")
    lines = result.stdout.splitlines()
    assert lines[0] == "逾期任务（截至 2014年5月1日）：共 5 项"
    headings = [line.strip() for line in lines if line.strip().endswith("项") and "：" in line]
    assert headings[1:] == ["宣传部：2 项", "办公室：2 项", "组织部：1 项"]
    first_rows = [line for line in lines if line.startswith("│")]
    assert "中旬到期" in first_rows[0] and "下旬到期" in first_rows[1]


def test_group_by_phase_and_none() -> None:
    by_phase = run("overdue", FIXTURE, "--as-of", "2014-05-01", "--by", "phase", "--lang", "zh").stdout
    assert "学习调研：5 项" in by_phase
    flat = run("overdue", FIXTURE, "--as-of", "2014-05-01", "--by", "none", "--lang", "zh").stdout
    assert "项\n" not in flat.split("\n", 1)[1]


def test_fail_if_any_and_exit_codes() -> None:
    assert run("overdue", FIXTURE, "--as-of", "2014-05-01").exit_code == 0
    assert run("overdue", FIXTURE, "--as-of", "2014-05-01", "--fail-if-any").exit_code == 1
    assert run("overdue", FIXTURE, "--as-of", "2014-03-01", "--fail-if-any").exit_code == 0
    assert run("overdue", FIXTURE, "--by", "部门").exit_code == 2


def test_csv_file_is_written_with_a_bom_for_excel(tmp_path: Path) -> None:
    target = tmp_path / "逾期.csv"
    result = run("overdue", FIXTURE, "--as-of", "2014-05-01", "--format", "csv", "-o", str(target))
    assert result.exit_code == 0
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfgroup,plan,path")


def test_broken_plan_is_reported_and_skipped(tmp_path: Path) -> None:
    (tmp_path / "bad.yaml").write_text("title: [\n", encoding="utf-8")
    (tmp_path / "good.yaml").write_text(
        (REPO / "tests" / "fixtures" / "track.yaml").read_text(encoding="utf-8"), encoding="utf-8"
    )
    result = run("overdue", str(tmp_path), "--as-of", "2014-05-01", "--format", "json", "--lang", "en")
    assert result.exit_code == 1
    document = json.loads(result.stdout)
    assert document["counts"]["overdue"] == 5
    [problem] = document["diagnostics"]
    assert problem["path"].endswith("bad.yaml")
    assert (problem["code"], problem["line"], problem["column"], problem["severity"]) == (
        "Y002",
        2,
        1,
        "error",
    )


def test_broken_plan_in_a_table_is_reported_on_standard_error(tmp_path: Path) -> None:
    (tmp_path / "bad.yaml").write_text("title: [\n", encoding="utf-8")
    result = run("overdue", str(tmp_path), "--as-of", "2014-05-01", "--lang", "en")
    assert result.exit_code == 1
    assert "bad.yaml:2:1: error Y002" in result.stderr


def test_status_json_carries_the_diagnostics_of_a_broken_plan(tmp_path: Path) -> None:
    (tmp_path / "bad.yaml").write_text("title: x\nissuer: y\nbody: 3\n", encoding="utf-8")
    result = run("status", str(tmp_path), "--as-of", "2014-05-01", "--format", "json")
    assert result.exit_code == 1
    document = json.loads(result.stdout)
    assert [(d["code"], d["line"], d["column"]) for d in document["diagnostics"]] == [("V003", 3, 7)]
    assert document["plans"] == []


def test_calendar_days_from_configuration(tmp_path: Path) -> None:
    config = tmp_path / "campaign.toml"
    config.write_text('[calendar]\nclosed = ["2014-04-30"]\nopen = ["2014-05-03"]\n', encoding="utf-8")
    result = run(
        "overdue", FIXTURE, "--as-of", "2014-05-05", "--workdays", "--format", "json", "--config", str(config)
    )
    rows = {r["task_id"]: r for r in json.loads(result.stdout)["rows"]}
    # 30 April closed and 3 May opened: 3 May, 4 May (makeup day), 5 May.
    assert rows["yesterday"]["workdays"] == 3
    config.write_text('[calendar]\nclosed = ["30 April"]\n', encoding="utf-8")
    bad = run("overdue", FIXTURE, "--config", str(config))
    assert bad.exit_code == 2 and "not a date" in bad.stderr


def test_writing_into_a_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    target = tmp_path / "missing" / "逾期.csv"
    for args in (("overdue", FIXTURE, "--format", "csv", "-o", str(target)), ("schema", "-o", str(target))):
        result = run(*args)
        assert result.exit_code == 2, args
        assert f"cannot write {target}" in result.stderr
    assert not (tmp_path / "missing").exists()
