"""Rendering the 2013 plans reproduces the documents they came from.

At least 98% of each seed's sentences (split at line ends and at 。；！？,
whitespace removed) appear verbatim in the rendered text, in the same order.
"""

import re

import pytest

from tests.helpers import PLANS, REPO, run

#: The issued documents the two 2013 plans were transcribed from.
SEEDS = REPO / "tests" / "fixtures" / "seeds"


def sentences(text: str) -> list[str]:
    parts = (re.sub(r"\s+", "", part) for part in re.split(r"[\n。；！？]", text))
    return [part for part in parts if part]


def in_order(seed: list[str], output: str) -> int:
    """How many seed sentences occur in the output, each after the one before."""
    position, found = 0, 0
    for sentence in seed:
        index = output.find(sentence, position)
        if index >= 0:
            found += 1
            position = index + len(sentence)
    return found


@pytest.mark.parametrize(
    ("plan", "seed"),
    [
        ("liaoning-2013-mass-line.yaml", "000_af935f686f080961.txt"),
        ("liaoning-2013-four-services.yaml", "002_b5956a1815ce5066.txt"),
    ],
)
def test_rendered_text_reproduces_the_seed(plan: str, seed: str) -> None:
    result = run("render", str(PLANS / plan))
    assert result.exit_code == 0
    expected = sentences((SEEDS / seed).read_text(encoding="utf-8"))
    output = re.sub(r"\s+", "", result.stdout)
    assert len(expected) > 70
    assert in_order(expected, output) / len(expected) >= 0.98


def test_the_measure_notices_missing_and_reordered_text() -> None:
    seed = sentences("甲。乙；丙\n丁")
    assert in_order(seed, "甲乙丙丁") == 4
    assert in_order(seed, "丁丙乙甲") == 1
    assert in_order(seed, "甲丙") == 2
