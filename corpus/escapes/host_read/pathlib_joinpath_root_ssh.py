from pathlib import Path
p = Path("/").joinpath("root", ".ssh", "authorized_keys")
print(p.read_bytes())
