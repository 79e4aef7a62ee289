"""Mistakes a Chinese input method makes are reported on the mistyped line, with the fix that applies."""

from __future__ import annotations

import pytest

from campaigntool.load import load_text
from tests.helpers import found

TASK = "title: 某机关关于开展某活动的实施方案\nissuer: 某机关\nphases:\n  - name: 学习\n    tasks:\n      - title: 学习\n"

CASES = {
    "full-width colon after a key": (
        TASK + "        lead：执法大队\n\n        due: 2026-03\n",
        7,
        13,
        "中文冒号",
    ),
    "no space after the colon": (TASK + "        lead:执法大队\n        due: 2026-03\n", 7, 14, "缺少空格"),
    "full-width indentation in a list": (
        TASK + "      \u3000\u3000lead: 执法大队\n        due: 2026-03\n",
        7,
        7,
        "全角空格",
    ),
    "full-width indentation under a key": (
        "title: 某机关关于开展某活动的实施方案\nissuer: 某机关\nperiod:\n\u3000\u3000start: 2026-03\n",
        4,
        1,
        "全角空格",
    ),
    "English colon in a Chinese paragraph": (
        "title: 某机关关于开展某活动的实施方案\nissuer: 某机关\nbody:\n  - heading: 总体要求\n    content:\n"
        "      - 指导思想: 以党的精神为指导\n",
        6,
        13,
        "英文冒号",
    ),
}


@pytest.mark.parametrize(("text", "line", "col", "words"), CASES.values(), ids=CASES.keys())
def test_reported_at_the_mistake_with_its_fix(text: str, line: int, col: int, words: str) -> None:
    assert found(text) == [("Y002", line, col)]
    (problem,) = load_text(text, "plan.yaml").problems
    message = problem.message("zh")
    assert words in message
    assert problem.fix is not None
    assert not any(ch.isascii() and ch.isalpha() for ch in message.replace("U+3000", "").replace("lead", ""))


def test_full_width_colon_in_a_value_is_fine() -> None:
    text = "title: 某机关关于开展某活动的实施方案\nissuer: 某机关\nnote: 说明：见附件\nunits:\n  - name: PPT：制作组\n"
    assert found(text, "Y", "V") == []


def test_syntax_messages_in_chinese_carry_no_parser_english() -> None:
    (problem,) = load_text("title: 某机关\n  issuer: x\n", "plan.yaml").problems
    assert problem.code == "Y002"
    assert "mapping" not in problem.message("zh") and "expected" not in problem.message("zh")
