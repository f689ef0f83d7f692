"""A small statistics module that tests itself with doctest.testmod()."""
import doctest


def mean(values):
    """Arithmetic mean.

    >>> mean([1, 2, 3, 4])
    2.5
    """
    return sum(values) / len(values)


def median(values):
    """Median of a list.

    >>> median([3, 1, 2])
    2
    >>> median([4, 1, 3, 2])
    2.5
    """
    ordered = sorted(values)
    mid = len(ordered) // 2
    if len(ordered) % 2:
        return ordered[mid]
    return (ordered[mid - 1] + ordered[mid]) / 2


if __name__ == "__main__":
    result = doctest.testmod()
    print("attempted", result.attempted, "failed", result.failed)
    raise SystemExit(1 if result.failed else 0)
