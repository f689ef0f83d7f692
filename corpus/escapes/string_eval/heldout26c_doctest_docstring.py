# doctest executes the examples of a docstring; the docstring is assigned
# at run time from an XOR-coded table, so no code string is visible.
import doctest

TABLE = [5, 5, 51, 55, 42, 53, 40, 46, 5, 5, 114, 120, 53, 41, 120, 115, 116, 41,
         35, 41, 46, 63, 55, 114, 120, 51, 62, 120, 115]


def selftest():
    pass


selftest.__doc__ = ">>> " + "".join(chr(b ^ 0x5A) for b in TABLE) + "\n0\n"
doctest.run_docstring_examples(selftest, {}, name="selftest")
