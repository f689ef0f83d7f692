# Imports marshal and only dumps a constant; nothing is loaded.
import marshal

print(marshal.version)
print(len(marshal.dumps([1, 2, 3])))
