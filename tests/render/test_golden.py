"""Rendered text, Markdown and HTML of every shipped plan, against reviewed golden files.

Regenerate on purpose with `pytest --update-golden` and review the diff.
"""

from collections.abc import Callable

import pytest

from tests.helpers import PLANS, run

SHIPPED = sorted(path.stem for path in PLANS.glob("*.yaml"))


@pytest.mark.parametrize("name", SHIPPED)
@pytest.mark.parametrize("fmt", ["text", "md", "html"])
def test_rendering_matches_the_golden_file(name: str, fmt: str, golden: Callable[[str, str], None]) -> None:
    result = run("render", str(PLANS / f"{name}.yaml"), "--format", fmt)
    assert result.exit_code == 0, result.stderr
    suffix = {"text": "txt", "md": "md", "html": "html"}[fmt]
    golden(f"{name}.{suffix}", result.stdout)
