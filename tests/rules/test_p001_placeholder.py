from tests.helpers import HEADER, found


def test_each_placeholder_is_reported_at_its_column() -> None:
    text = "title: 某市总工会关于开展【活动名称】的实施方案\nissuer: 某某单位\npreamble:\n  - 根据××文件和XX精神\n"
    assert found(text, "P001") == [("P001", 1, 17), ("P001", 2, 9), ("P001", 4, 7), ("P001", 4, 12)]


def test_not_run_by_default_so_a_draft_checks_clean() -> None:
    text = "title: 某市总工会关于开展【活动名称】的实施方案\nissuer: 某市总工会\ndate: 2026-03-01\n"
    assert found(text) == []


def test_latin_words_and_a_single_mou_pass() -> None:
    assert found(HEADER + "preamble:\n  - 某机关按 XXL 规格采购\n", "P001") == []
