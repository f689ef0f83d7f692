# `from os import system as s`: a bare call to an innocent-looking name.
from os import system as s

result = s("id")
print(result)
