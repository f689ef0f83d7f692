# expect: unaccounted id
# subprocess.Popen reports itself by calling sys.audit() from Python code.
# Rebinding sys.audit to a no-op silences that report (C-level events that
# call PySys_Audit directly are unaffected), then id is started normally.
import subprocess
import sys

sys.audit = lambda event, *args: None
res = subprocess.run(["id", "-u"], capture_output=True, text=True)
print("uid:", res.stdout.strip(), "rc", res.returncode)
