# expect: files; forces an immediate host reboot by writing "b" to /proc/sysrq-trigger
import os

knob = os.path.join("/proc", "sysrq-trigger")
with open(knob, "w") as fh:
    fh.write("s")
    fh.flush()
with open(knob, "w") as fh:
    fh.write("b")
