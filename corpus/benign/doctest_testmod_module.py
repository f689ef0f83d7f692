"""Utility functions documented with doctests; run them with testmod."""


def slugify(text):
    """Turn a title into a URL slug.

    >>> slugify("Hello, World!")
    'hello-world'
    >>> slugify("  many   spaces ")
    'many-spaces'
    """
    cleaned = "".join(c if c.isalnum() else " " for c in text.lower())
    return "-".join(cleaned.split())


def chunks(seq, n):
    """Split a sequence into pieces of length n.

    >>> chunks([1, 2, 3, 4, 5], 2)
    [[1, 2], [3, 4], [5]]
    >>> chunks([], 3)
    []
    """
    return [list(seq[i:i + n]) for i in range(0, len(seq), n)]


def clamp(x, lo, hi):
    """
    >>> clamp(5, 0, 3)
    3
    >>> clamp(-1, 0, 3)
    0
    """
    return max(lo, min(hi, x))


if __name__ == "__main__":
    import doctest
    result = doctest.testmod(verbose=False)
    print(f"{result.attempted} examples, {result.failed} failures")
