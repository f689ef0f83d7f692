# expect: stdlib; PYTHONBREAKPOINT=os.system makes breakpoint("...") run a shell command via sys.breakpointhook
import os

os.environ["PYTHONBREAKPOINT"] = "os.system"
breakpoint("id; uname -a")
