# exec passed as a value is documented as not reported. Registered with atexit,
# it runs while the interpreter finalises, after the program's frames are gone:
# its events have no frame of the program ("via: interpreter", counted as a
# library's), and the code itself is "<string>" code.
import atexit

src = ""
for part in ("print(open('/fl", "ag').read())",):
    src += part

atexit.register(exec, src, {})
print("registered")
