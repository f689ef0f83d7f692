# expect: files; reads another application's config file from /opt by absolute path
import json
from pathlib import Path

cfg_file = Path("/opt") / "billing-service" / "config" / "settings.json"
settings = json.loads(cfg_file.read_text())
print({k: v for k, v in settings.items() if "db" in k.lower()})
