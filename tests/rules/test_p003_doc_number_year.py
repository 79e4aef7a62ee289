from tests.helpers import HEADER, found


def test_year_of_an_old_number_is_reported_at_the_year() -> None:
    text = HEADER + "doc_number: 辽工党发〔2013〕18号\ndate: 2026-02-26\n"
    assert found(text, "P003") == [("P003", 3, 18)]


def test_the_notice_date_decides_when_there_is_one() -> None:
    text = HEADER + "doc_number: 某发〔2026〕1号\ndate: 2025-12-30\nnotice:\n  date: 2026-01-04\n"
    assert found(text, "P003") == []


def test_matching_year_or_no_date_passes() -> None:
    assert found(HEADER + "doc_number: 某发〔2026〕1号\ndate: 2026-03-01\n", "P003") == []
    assert found(HEADER + "doc_number: 某发〔2026〕1号\n", "P003") == []
