import doctest

def helper():
    """
    >>> __import__('os').system('id')
    0
    """

doctest.run_docstring_examples(helper, {})
