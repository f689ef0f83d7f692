# expect: all-accounted
# subprocess with bytes program names and arguments.
import subprocess

subprocess.run([b"/bin/echo", b"bytes", b"argv"], check=True)
upper = subprocess.check_output([b"tr", b"a-z", b"A-Z"], input=b"shout\n")
print(upper.decode().strip())
