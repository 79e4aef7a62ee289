from tests.helpers import HEADER, found


def test_hyphens_between_chinese_and_in_ranges_are_reported() -> None:
    text = HEADER + "preamble:\n  - 坚持“团结-批评-团结”，（2月中下旬-4月下旬）\n"
    assert found(text, "P007") == [("P007", 4, 10), ("P007", 4, 13), ("P007", 4, 24)]


def test_hyphens_in_numbers_and_codes_pass() -> None:
    assert found(HEADER + "preamble:\n  - 2013-2014年，编号 GB-9704，电话 024-1234\n", "P007") == []
