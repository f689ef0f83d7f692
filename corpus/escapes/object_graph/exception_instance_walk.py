# A caught exception is an object like any other: its class's MRO ends at object.
try:
    1 / 0
except ZeroDivisionError as err:
    root = err.__class__.__mro__[-1]
    popen = [c for c in root.__subclasses__() if c.__name__ == "Popen"][0]
    popen("id", shell=True)
