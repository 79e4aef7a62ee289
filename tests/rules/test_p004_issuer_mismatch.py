from tests.helpers import found

PLAN = "title: 辽宁省总工会关于开展某活动的实施方案\nissuer: 辽宁省总工会党组\n"


def test_a_different_signature_is_reported() -> None:
    text = PLAN + "notice:\n  issuer: 中共辽宁省总工会党组\nsignature: 辽宁省教育厅\n"
    assert found(text, "P004") == [("P004", 5, 12)]


def test_a_different_notice_issuer_is_reported_there() -> None:
    text = PLAN + "notice:\n  issuer: 辽宁省教育厅\n"
    assert found(text, "P004") == [("P004", 4, 11)]


def test_the_full_name_with_zhonggong_is_the_same_body() -> None:
    assert found(PLAN + "notice:\n  issuer: 中共辽宁省总工会党组\n", "P004") == []
    assert found(PLAN + "signature: 辽宁省教育厅\n", "P004") == []  # no notice
