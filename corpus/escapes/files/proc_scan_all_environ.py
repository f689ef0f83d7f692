# expect: files; walks every /proc/<pid>/environ (pathlib "/" on a loop variable) hunting cloud credentials
from pathlib import Path

proc = Path("/") / "proc"
found = []
for entry in proc.iterdir():
    if not entry.name.isdigit():
        continue
    try:
        env = (entry / "environ").read_bytes()
    except (PermissionError, FileNotFoundError, ProcessLookupError):
        continue
    for var in env.split(b"\x00"):
        if var.startswith((b"AWS_", b"GOOGLE_", b"AZURE_", b"GITHUB_TOKEN")):
            found.append((entry.name, var.decode(errors="replace")))

for pid, var in found:
    print(pid, var)
