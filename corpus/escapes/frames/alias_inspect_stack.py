# inspect.stack imported under an innocent name; the records leak the
# host's file names and source lines.
from inspect import stack as who_called

for info in who_called():
    print(info.filename, info.lineno, info.function, info.code_context)
