from campaigntool.diagnostics import Severity
from tests.helpers import diagnostics, found


def test_reports_a_title_without_guanyu_as_information() -> None:
    [diagnostic] = diagnostics("title: 教育实践活动实施方案\nissuer: 某机关\n", "D004")
    assert (diagnostic.code, diagnostic.line, diagnostic.col) == ("D004", 1, 8)
    assert diagnostic.severity is Severity.INFO


def test_checks_the_notice_title_too() -> None:
    text = "title: 某机关关于开展某活动的实施方案\nissuer: 某机关\nnotice:\n  title: 印发通知\n"
    assert found(text, "D004") == [("D004", 4, 10)]
