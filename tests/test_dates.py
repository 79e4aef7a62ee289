from datetime import date

import pytest

from campaigntool.dates import DateRangeError, DateSyntaxError, Part, PlanDate, chinese_range


@pytest.mark.parametrize(
    ("text", "first", "last", "canonical"),
    [
        ("2013-07-22", date(2013, 7, 22), date(2013, 7, 22), "2013-07-22"),
        ("2013-07", date(2013, 7, 1), date(2013, 7, 31), "2013-07"),
        ("2013-07 上旬", date(2013, 7, 1), date(2013, 7, 10), "2013-07 上旬"),
        ("2013-07 中旬", date(2013, 7, 11), date(2013, 7, 20), "2013-07 中旬"),
        ("2013-07 下旬", date(2013, 7, 21), date(2013, 7, 31), "2013-07 下旬"),
        ("2014-02 下旬", date(2014, 2, 21), date(2014, 2, 28), "2014-02 下旬"),
        ("2016-02 中下旬", date(2016, 2, 11), date(2016, 2, 29), "2016-02 中下旬"),
        ("2013-07 上中旬", date(2013, 7, 1), date(2013, 7, 20), "2013-07 上中旬"),
        ("2013-09 底", date(2013, 9, 30), date(2013, 9, 30), "2013-09 底"),
        ("2013-9月底", date(2013, 9, 30), date(2013, 9, 30), "2013-09 底"),
        ("2013-07-22中旬", None, None, None),
        ("2013年7月22日", date(2013, 7, 22), date(2013, 7, 22), "2013-07-22"),
        ("2013年7月中旬", date(2013, 7, 11), date(2013, 7, 20), "2013-07 中旬"),
        ("2013年9月月末", date(2013, 9, 30), date(2013, 9, 30), "2013-09 底"),
        ("2013-7中旬", date(2013, 7, 11), date(2013, 7, 20), "2013-07 中旬"),
    ],
)
def test_parse_resolves_to_an_interval(
    text: str, first: date | None, last: date | None, canonical: str | None
) -> None:
    if canonical is None:
        with pytest.raises(DateSyntaxError):
            PlanDate.parse(text)
        return
    parsed = PlanDate.parse(text)
    assert (parsed.first, parsed.last, str(parsed)) == (first, last, canonical)


def test_yaml_dates_and_text_dates_are_the_same_type() -> None:
    assert PlanDate.parse(date(2014, 2, 15)) == PlanDate.parse("2014-02-15")
    assert PlanDate.parse("2014-02").part is Part.MONTH


@pytest.mark.parametrize("text", ["2013-13", "2013-02-30", "2013年2月29日"])
def test_impossible_days_are_range_errors(text: str) -> None:
    with pytest.raises(DateRangeError):
        PlanDate.parse(text)


@pytest.mark.parametrize("text", ["7月中旬", "2013-07-22 中旬", "next week", "2013/07/22"])
def test_other_spellings_are_syntax_errors(text: str) -> None:
    with pytest.raises(DateSyntaxError):
        PlanDate.parse(text)


def test_written_back_keeps_granularity_and_omits_the_plan_year() -> None:
    start, end = PlanDate.parse("2014-02 中下旬"), PlanDate.parse("2014-04 下旬")
    assert chinese_range(start, end, 2014) == "2月中下旬至4月下旬"
    start, end = PlanDate.parse("2008-12 中旬"), PlanDate.parse("2009-02 上旬")
    assert chinese_range(start, end, 2008) == "12月中旬至2009年2月上旬"
    assert PlanDate.parse("2013-07-22").chinese() == "2013年7月22日"
    assert PlanDate.parse("2013-08").chinese(2013) == "8月"
    assert PlanDate.parse("2013-09 底").chinese(2013) == "9月底"
