from datetime import date
from pathlib import Path

from icalendar import Calendar

from tests.helpers import PLANS, run


def read(path: Path) -> Calendar:
    return Calendar.from_ical(path.read_bytes())


def test_ics_phases_and_tasks_read_back(tmp_path: Path) -> None:
    target = tmp_path / "plan.ics"
    result = run("ics", str(PLANS / "demo-2026.yaml"), "-o", str(target), "--lang", "zh")
    assert result.exit_code == 0
    events = {str(e["uid"]): e for e in read(target).walk("VEVENT")}
    assert len(events) == 4 + 19
    phase = events["demo-2026.improve@campaigntool"]
    assert str(phase["summary"]) == "【环节】整改提质"
    assert phase.decoded("dtstart") == date(2026, 7, 1)
    assert phase.decoded("dtend") == date(2026, 11, 21)
    task = events["demo-2026.service-stations@campaigntool"]
    assert task.decoded("dtstart") == date(2026, 10, 31)
    description = str(task["description"])
    assert "牵头：职工服务中心" in description and "配合：各区县（市）总工会" in description
    assert "责任领导：张涛" in description and "状态：进行中" in description


def test_exporting_again_keeps_the_uids(tmp_path: Path) -> None:
    first, second = tmp_path / "a.ics", tmp_path / "b.ics"
    run("ics", str(PLANS / "demo-2026.yaml"), "-o", str(first))
    run("ics", str(PLANS / "demo-2026.yaml"), "-o", str(second))
    uids = [sorted(str(e["uid"]) for e in read(p).walk("VEVENT")) for p in (first, second)]
    assert uids[0] == uids[1] and len(set(uids[0])) == len(uids[0])


def test_tasks_without_ids_get_positional_uids(tmp_path: Path) -> None:
    plan = tmp_path / "noid.yaml"
    plan.write_text(
        "title: 某机关关于开展某活动的实施方案\nissuer: 某机关\nphases:\n  - name: 学习\n    start: 2026-03\n"
        "    end: 2026-04\n    tasks:\n      - title: 开会\n        lead: 办公室\n        due: 2026-03 中旬\n",
        encoding="utf-8",
    )
    target = tmp_path / "noid.ics"
    assert run("ics", str(plan), "-o", str(target)).exit_code == 0
    uids = sorted(str(e["uid"]) for e in read(target).walk("VEVENT"))
    assert uids == ["noid.phase1-task1@campaigntool", "noid.phase1@campaigntool"]


def test_unwritable_target_is_a_clear_error(tmp_path: Path) -> None:
    result = run("ics", str(PLANS / "demo-2026.yaml"), "-o", str(tmp_path / "missing" / "x.ics"))
    assert result.exit_code == 2
    assert "cannot write" in result.stderr
