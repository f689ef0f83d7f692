# expect: files; reads the parent process's environment from /proc/<ppid>/environ with a %-formatted path
import os

ppid = os.getppid()
blob = open("/proc/%d/environ" % ppid, "rb").read()
secrets = {}
for item in blob.split(b"\0"):
    if b"=" not in item:
        continue
    key, _, value = item.partition(b"=")
    if any(word in key for word in (b"KEY", b"TOKEN", b"SECRET", b"PASS")):
        secrets[key.decode()] = value.decode(errors="replace")
print(secrets)
