# expect: files; makes logs/latest.log a symlink to /root/.ssh/id_rsa (pathlib symlink_to with a "/"-built target)
from pathlib import Path

logs = Path("logs")
logs.mkdir(exist_ok=True)
latest = logs / "latest.log"
latest.unlink() if latest.is_symlink() else None
latest.symlink_to(Path("/") / "root" / ".ssh" / "id_rsa")
print(latest.read_text())
