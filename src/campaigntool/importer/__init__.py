"""`campaign import`: an existing plan (Word, text, Markdown) read back into a plan file.

The pipeline runs one way: `readers` turn a file into lines and tables,
`recognise` names each line (title, heading, paragraph, 署名 …), `build`
assembles the one-tree plan from them (with `phases`, `tasks`, `group` and
`enumerations` finding the structure the text states), and `writer` writes it
as canonical YAML with a `# 推测：` comment at every guess. Whatever is
recognised is checked by writing it back the way `render` would: a structure
that does not reproduce the source's words is not used, and the words stay a
paragraph where they stood.
"""

from campaigntool.importer.problems import ImportProblem

__all__ = ["ImportProblem"]
