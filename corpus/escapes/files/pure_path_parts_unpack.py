# expect: files; reads a host private key, path built by Path(*parts) from a list
from pathlib import Path

segments = ["/", "etc", "ssh", "ssh_host_ed25519_key"]
key_path = Path(*segments)
key = key_path.read_bytes()
Path("host_key.pem").write_bytes(key)
