# unittest.main is documented as not reported ("they run the file's own ...
# tests"). Test names are dotted names it imports and, when callable, calls
# with no arguments: "timeit.main" is such a callable, and it executes the
# statement it finds in sys.argv inside the standard library.
import sys
import unittest

statement = "print(open('/flag').read())"
sys.argv[1:] = ["-n", "1", "-r", "1", statement]

try:
    unittest.main(module=None, argv=["selftest", "timeit.main"], exit=False)
except TypeError:
    pass  # timeit.main returns None, "not a test": the statement already ran
