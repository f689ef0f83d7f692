"""Run doctest cases kept in TEST_ constants and in a function's docstring."""
import doctest

TEST_SLUG = """
>>> slug("Hello World")
'hello-world'
"""

TEST_SLUG_SPACES = """
>>> slug("  many   spaces  ")
'many-spaces'
"""


def slug(text):
    """Turn a title into a URL slug.

    >>> slug("A B")
    'a-b'
    """
    return "-".join(text.lower().split())


doctest.run_docstring_examples(slug, {"slug": slug}, name="slug")

g = globals()
k = None
for k in g:
    if k.startswith("TEST_"):
        doctest.run_docstring_examples(g[k], g, name=k)
print("all doctest cases ran")
