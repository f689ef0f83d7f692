# Decorators as a call chain: the lambda turns the function into "id",
# os.system runs it, print shows the status.
import os


@print
@os.system
@lambda _: "id"
def _():
    pass
