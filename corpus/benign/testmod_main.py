"""Text helpers with doctests, run with python this_file.py."""


def slugify(title):
    """Turn a title into a URL slug.

    >>> slugify("Hello, World!")
    'hello-world'
    >>> slugify("  many   spaces ")
    'many-spaces'
    """
    cleaned = "".join(c.lower() if c.isalnum() else " " for c in title)
    return "-".join(cleaned.split())


if __name__ == "__main__":
    import doctest

    doctest.testmod(verbose=False)
