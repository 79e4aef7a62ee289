"""What every `campaign` command shares on the command line.

Option definitions (`options`), where output goes and what `--quiet` keeps
(`output`), help without Python types and examples on lines of their own
(`help`), and usage errors in the user's language (`usage`). A new command
takes these by naming an option type in its signature; `cli.py` stays a list
of declarations.
"""
