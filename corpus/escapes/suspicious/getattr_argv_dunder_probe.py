import sys
target = ()
for name in sys.argv[1:]:
    target = getattr(target, name)
print(target)
