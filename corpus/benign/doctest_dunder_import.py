"""Inline doctest run using __import__ with a constant name, as some snippets do."""


def mean(values):
    """Arithmetic mean.

    >>> mean([1, 2, 3, 4])
    2.5
    >>> mean([10])
    10.0
    """
    return sum(values) / len(values)


def median(values):
    """
    >>> median([3, 1, 2])
    2
    >>> median([4, 1, 3, 2])
    2.5
    """
    s = sorted(values)
    mid = len(s) // 2
    return s[mid] if len(s) % 2 else (s[mid - 1] + s[mid]) / 2


def mode(values):
    """
    >>> mode([1, 2, 2, 3])
    2
    """
    return max(set(values), key=values.count)


if __name__ == "__main__":
    print(__import__("doctest").testmod())
