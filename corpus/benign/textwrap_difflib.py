"""textwrap for layout and difflib for comparing texts."""
import difflib
import textwrap

PARAGRAPH = (
    "Python's standard library is very extensive, offering a wide range of "
    "facilities. The library contains built-in modules that provide access to "
    "system functionality such as file I/O."
)
print(textwrap.fill(PARAGRAPH, width=40, initial_indent="> ", subsequent_indent="> "))
print(textwrap.shorten(PARAGRAPH, width=50, placeholder=" [...]"))
print(textwrap.dedent("""
    indented
      more
    """).strip())

old = ["apple", "banana", "cherry"]
new = ["apple", "blueberry", "cherry", "date"]
print("\n".join(difflib.unified_diff(old, new, "before", "after", lineterm="")))
print(difflib.get_close_matches("appel", ["ape", "apple", "peach"]))
