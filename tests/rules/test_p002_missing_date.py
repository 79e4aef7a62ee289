from tests.helpers import HEADER, found


def test_plan_without_date_is_reported_at_its_title() -> None:
    assert found(HEADER, "P002") == [("P002", 1, 1)]


def test_notice_without_any_date_is_reported_at_notice() -> None:
    text = HEADER + "notice:\n  recipients: [各单位]\n"
    assert found(text, "P002") == [("P002", 1, 1), ("P002", 3, 1)]


def test_dated_plan_and_notice_pass() -> None:
    assert found(HEADER + "date: 2026-03-01\nnotice:\n  recipients: [各单位]\n", "P002") == []
    assert found(HEADER + "date: 2026-03-01\nnotice:\n  date: 2026-03-02\n", "P002") == []
