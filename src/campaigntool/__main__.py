"""`python -m campaigntool` runs the command-line tool."""

from campaigntool.entry import main

main()
