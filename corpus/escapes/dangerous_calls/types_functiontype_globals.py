# FunctionType rebuilds a function around existing code with chosen globals.
import types


def reader():
    return open("/etc/passwd").read()


clone = types.FunctionType(reader.__code__, {"open": open})
print(clone())
