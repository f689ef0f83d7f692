import json
settings = json.load(open("/etc/myapp/settings.json"))
