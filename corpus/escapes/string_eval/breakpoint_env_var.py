# PYTHONBREAKPOINT is resolved by import-by-name when breakpoint() runs
import os
os.environ["PYTHONBREAKPOINT"] = "os.system"
breakpoint("id")
