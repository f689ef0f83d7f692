# subprocess.Popen imported as P and the module as sp.
import subprocess as sp
from subprocess import Popen as P

P(["id"]).wait()
sp.check_call(["uname", "-a"])
