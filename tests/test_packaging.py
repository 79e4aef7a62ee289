"""The wheel holds every package: pyproject.toml lists them one by one."""

from __future__ import annotations

import tomllib

from tests.helpers import REPO


def test_every_package_is_listed() -> None:
    listed = set(
        tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]["packages"]
    )
    source = REPO / "src"
    found = {
        ".".join(init.parent.relative_to(source).parts) for init in source.glob("campaigntool/**/__init__.py")
    }
    assert found <= listed, sorted(found - listed)
