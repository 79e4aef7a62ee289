"""`python -m campaigntool` runs the command-line tool."""

from campaigntool.cli import main

main()
