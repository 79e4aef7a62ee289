import pytest

from tests.helpers import HEADER, found


@pytest.mark.parametrize(
    ("number", "columns"),
    [
        ("辽工党发〔2013〕18号", []),
        ("辽工党发[2013]18号", [17]),
        ("辽工党发（2013）18号", [17]),
        ("辽工党发【2013】18号", [17]),
        ("辽工党发〔13〕18号", [18]),
        ("辽工党发〔2013〕第18号", [23]),
        ("辽工党发〔2013〕018号", [23]),
        ("辽工党发[13]第018号", [17, 18, 21, 22]),
        ("十八号文件", [13]),
    ],
)
def test_reports_each_defect_at_its_column(number: str, columns: list[int]) -> None:
    text = HEADER + f"doc_number: {number}\n"
    assert found(text, "D001") == [("D001", 3, col) for col in columns]
