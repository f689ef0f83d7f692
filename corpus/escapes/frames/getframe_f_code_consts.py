# f_code of the caller exposes its constants (passwords, test answers).
import sys


def peek():
    code = sys._getframe(1).f_code
    return code.co_consts, code.co_names
