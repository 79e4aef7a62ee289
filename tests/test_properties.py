"""Property tests: mutated plans through every command never raise; fmt keeps everything.

`make test` runs 2,000 mutated plans and 300 generated plans for fmt, the
same ones every time; `make fuzz` runs 100,000 fresh mutated plans
(CAMPAIGN_FUZZ_EXAMPLES). A failure prints the smallest input hypothesis found.
"""

from __future__ import annotations

import os
from collections import Counter

from hypothesis import HealthCheck, given, settings

from tests.mutations import mutated_plans, run_everything
from tests.plan_strategies import commented_plans, fmt_keeps_everything

FUZZ = int(os.environ.get("CAMPAIGN_FUZZ_EXAMPLES", "0"))
SLOW = [HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much]


@settings(max_examples=FUZZ or 2000, derandomize=not FUZZ, deadline=None, suppress_health_check=SLOW)
@given(mutated_plans())
def test_mutated_plans_never_crash_any_command(raw: bytes) -> None:
    run_everything(raw)


@settings(max_examples=FUZZ // 10 or 300, derandomize=not FUZZ, deadline=None, suppress_health_check=SLOW)
@given(commented_plans())
def test_fmt_keeps_the_plan_and_every_comment_and_is_idempotent(case: tuple[str, Counter[str]]) -> None:
    fmt_keeps_everything(case)
