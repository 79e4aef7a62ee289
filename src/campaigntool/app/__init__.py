"""The commands, one function each: arguments in, a result with its diagnostics out.

Nothing here prints or exits; `cli.py` chooses the reporter and the exit
code. A mistake in the command line itself is a `UsageError` (exit 2).
"""
