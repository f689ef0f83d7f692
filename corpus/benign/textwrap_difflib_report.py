"""Show a text diff and re-wrap paragraphs."""
import difflib
import textwrap

old = """The committee met on Tuesday.
Budget approval was postponed.
Next meeting: Friday at noon.
Minutes recorded by J. Smith.""".splitlines()

new = """The committee met on Tuesday.
Budget approval was granted.
Next meeting: Friday at 2pm.
Minutes recorded by J. Smith.
Attendance: 7 members.""".splitlines()

for line in difflib.unified_diff(old, new, "v1", "v2", lineterm=""):
    print(line)

ratio = difflib.SequenceMatcher(None, "\n".join(old), "\n".join(new)).ratio()
print(f"similarity: {ratio:.2f}")
print(difflib.get_close_matches("appel", ["ape", "apple", "peach", "puppy"]))

para = ("Python's standard library is very extensive, offering a wide range of "
        "facilities. The library contains built-in modules that provide access "
        "to system functionality such as file I/O.")
print(textwrap.fill(para, width=40, initial_indent="> ", subsequent_indent="  "))
print(textwrap.shorten(para, width=50, placeholder=" [...]"))
print(textwrap.dedent("    indented\n      more\n    back"))
