import json, os
cfg = json.load(open(os.path.expanduser("~/.docker/config.json")))
print(cfg.get("auths"))
