"""A utility module whose examples double as tests: running the file runs
its doctests (the way many course handouts are written)."""
import doctest


def slugify(title):
    """Turn a title into a URL slug.

    >>> slugify("Hello, World!")
    'hello-world'
    >>> slugify("  Python 3.11 -- what's new  ")
    'python-3-11-what-s-new'
    """
    out, dash = [], False
    for ch in title.lower():
        if ch.isalnum():
            out.append(ch)
            dash = False
        elif not dash and out:
            out.append("-")
            dash = True
    return "".join(out).strip("-")


def chunks(seq, size):
    """Split a sequence into chunks.

    >>> list(chunks([1, 2, 3, 4, 5], 2))
    [[1, 2], [3, 4], [5]]
    >>> list(chunks([], 3))
    []
    """
    for i in range(0, len(seq), size):
        yield list(seq[i:i + size])


if __name__ == "__main__":
    result = doctest.testmod(verbose=False)
    print(f"{result.attempted} examples, {result.failed} failures")
