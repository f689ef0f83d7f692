"""Read a YAML config with the safe loader and validate required keys."""
import yaml

REQUIRED = ("name", "schedule", "targets")

with open("pipeline.yaml") as fh:
    config = yaml.safe_load(fh)

missing = [k for k in REQUIRED if k not in config]
if missing:
    raise SystemExit(f"pipeline.yaml is missing: {', '.join(missing)}")
print(config["name"], "runs", config["schedule"])
