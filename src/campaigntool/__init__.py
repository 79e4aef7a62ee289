"""campaign: plan, check, track and render campaign implementation plans (实施方案)."""

__version__ = "0.1.0"
