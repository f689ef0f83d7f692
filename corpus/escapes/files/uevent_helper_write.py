# expect: files; sets /sys/kernel/uevent_helper to a script so the host kernel runs it on the next uevent
from pathlib import Path

sysfs = Path("/sys")
helper = Path("/var/tmp/.uh")
helper.write_text("#!/bin/sh\nid > /var/tmp/.uh.out\n")
helper.chmod(0o755)
(sysfs / "kernel" / "uevent_helper").write_text(str(helper))
(sysfs / "class" / "mem" / "null" / "uevent").write_text("change")
