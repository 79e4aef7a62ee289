import re
from datetime import date
from pathlib import Path
from typing import Any

from icalendar import Calendar

from tests.helpers import PLANS, run


def read(path: Path) -> Calendar:
    return Calendar.from_ical(path.read_bytes())


def test_ics_phases_and_tasks_read_back(tmp_path: Path) -> None:
    target = tmp_path / "plan.ics"
    result = run("ics", str(PLANS / "demo-2026.yaml"), "-o", str(target), "--lang", "zh")
    assert result.exit_code == 0
    events = {str(e["uid"]): e for e in read(target).walk("VEVENT")}
    assert len(events) == 4 + 20
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


NOID = (
    "title: 某机关关于开展某活动的实施方案\nissuer: 某机关\nphases:\n  - name: 学习\n    start: 2026-03\n"
    "    end: 2026-04\n    tasks:\n      - title: 开会\n        lead: 办公室\n        due: 2026-03 中旬\n"
)
INSERTED = "      - title: 先调研\n        lead: 办公室\n        due: 2026-03 上旬\n"


def _events(tmp_path: Path, text: str) -> dict[str, Any]:
    plan = tmp_path / "noid.yaml"
    plan.write_text(text, encoding="utf-8")
    target = tmp_path / "noid.ics"
    assert run("ics", str(plan), "-o", str(target)).exit_code == 0
    return {str(e["summary"]): e for e in read(target).walk("VEVENT")}


def test_tasks_without_ids_keep_their_uids_when_a_task_is_inserted_above(tmp_path: Path) -> None:
    before = _events(tmp_path, NOID)
    after = _events(tmp_path, NOID.replace("    tasks:\n", "    tasks:\n" + INSERTED))
    assert str(after["开会"]["uid"]) == str(before["开会"]["uid"])
    assert str(after["[phase] 学习"]["uid"]) == str(before["[phase] 学习"]["uid"])
    assert str(after["开会"]["uid"]).startswith("noid.task-")
    assert len({str(e["uid"]) for e in after.values()}) == 3


def test_tasks_with_the_same_title_get_different_uids(tmp_path: Path) -> None:
    twice = NOID + "      - title: 开会\n        lead: 办公室\n        due: 2026-04 中旬\n"
    plan = tmp_path / "twice.yaml"
    plan.write_text(twice, encoding="utf-8")
    target = tmp_path / "twice.ics"
    assert run("ics", str(plan), "-o", str(target)).exit_code == 0
    uids = [str(e["uid"]) for e in read(target).walk("VEVENT")]
    assert len(set(uids)) == 3
    assert uids[2] == uids[1].replace("@", "-2@")


def test_a_later_export_has_a_higher_sequence() -> None:
    from datetime import UTC, datetime

    from campaigntool.ics import calendar_bytes
    from campaigntool.load import load_file

    source = load_file(PLANS / "demo-2026.yaml")
    sequences = []
    for stamp in (datetime(2026, 11, 21, 9, 0, tzinfo=UTC), datetime(2026, 11, 21, 9, 5, tzinfo=UTC)):
        events = list(Calendar.from_ical(calendar_bytes(source, "zh", stamp)).walk("VEVENT"))
        numbers = {int(str(e["sequence"])) for e in events}
        assert len(numbers) == 1
        sequences.append(numbers.pop())
    assert 0 < sequences[0] < sequences[1] < 2**31


def test_plan_text_is_escaped_and_control_characters_removed(tmp_path: Path) -> None:
    """YAML escapes can put any character in a title: BEL (\\a, \\x07) and CR must not reach the file."""
    text = NOID.replace("title: 开会", 'title: "开会;讨论,决定\\a\\x07\\r\\n第二行"').replace(
        "lead: 办公室", 'lead: "办公室,党委"'
    )
    text += "units:\n  - name: 办公室,党委\n"
    plan = tmp_path / "escape.yaml"
    plan.write_text(text, encoding="utf-8")
    target = tmp_path / "escape.ics"
    assert run("ics", str(plan), "-o", str(target)).exit_code == 0
    raw = target.read_bytes()
    assert not re.search(rb"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", raw)
    assert all(line.endswith(b"\r") for line in raw.split(b"\n")[:-1])  # CRLF only, no bare CR or LF
    assert "SUMMARY:开会\\;讨论\\,决定\\n第二行" in raw.decode("utf-8").replace("\r\n ", "")
    [task] = [e for e in read(target).walk("VEVENT") if "phase" not in str(e["summary"])]
    assert str(task["summary"]) == "开会;讨论,决定\n第二行"
    assert "Lead: 办公室,党委" in str(task["description"])


def test_unwritable_target_is_a_clear_error(tmp_path: Path) -> None:
    result = run("ics", str(PLANS / "demo-2026.yaml"), "-o", str(tmp_path / "missing" / "x.ics"))
    assert result.exit_code == 2
    assert "cannot write" in result.stderr


def test_names_with_line_breaks_stay_on_one_line(tmp_path: Path) -> None:
    """Found by fuzzing: a block-text title put a raw line break into X-WR-CALNAME."""
    plan = tmp_path / "breaks.yaml"
    plan.write_text(
        "title: |\n  某机关关于开展\n  某活动的实施方案\nissuer: 某机关\n"
        "body:\n  - phase: 学习\n    start: 2026-03 上旬\n    end: 2026-03 下旬\n"
        '    tasks:\n      - title: "开会\\n讨论"\n        lead: 某机关\n',
        encoding="utf-8",
    )
    target = tmp_path / "breaks.ics"
    assert run("ics", str(plan), "-o", str(target)).exit_code == 0
    calendar = read(target)
    assert str(calendar["x-wr-calname"]) == "某机关关于开展 某活动的实施方案"
    assert "开会\n讨论" in [str(e["summary"]) for e in calendar.walk("VEVENT")]
