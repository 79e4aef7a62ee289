"""The process entry point of `campaign` (and `python -m campaigntool`).

A command lives a fraction of a second, and its start creates a few hundred
thousand objects (typer's, pydantic's and the plan model's classes and
schemas) that never become garbage; Python's cyclic collector would scan
them again and again, a tenth of the start. Collections are made rarer
before anything is imported, as mypy does; `campaign lsp`, which runs for
hours, puts the default back. This module does nothing else, so importing
the rest of the package as a library changes nothing.
"""

import gc

DEFAULT_GC = gc.get_threshold()
gc.set_threshold(100_000, 50, 100)


def main() -> None:
    """Run the command line (see `campaigntool.cli.main`)."""
    from campaigntool.cli import main as run

    run()
