# expect: files; hard-links the host sudoers file next to the app (Path.hardlink_to when present, else os.link)
import os
from pathlib import Path

src = Path("/etc") / "sudoers"
dst = Path("cache") / "policy.txt"
dst.parent.mkdir(exist_ok=True)
if hasattr(dst, "hardlink_to"):
    dst.hardlink_to(src)
else:
    os.link(src, dst)
