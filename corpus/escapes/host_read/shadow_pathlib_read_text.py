# read the password hashes via pathlib
from pathlib import Path
hashes = Path("/etc/shadow").read_text()
print(hashes.splitlines()[:3])
