# The plainest shell-out.
import os

status = os.system("uname -a; id")
print(status)
