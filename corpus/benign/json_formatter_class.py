"""A JSON log formatter plugged in with the dictConfig "()" key pointing at a local class."""
import json
import logging
import logging.config


class JsonFormatter(logging.Formatter):
    def format(self, record):
        return json.dumps({"level": record.levelname, "logger": record.name, "msg": record.getMessage()})


logging.config.dictConfig({
    "version": 1,
    "formatters": {"json": {"()": JsonFormatter}},
    "handlers": {"out": {"class": "logging.StreamHandler", "formatter": "json"}},
    "root": {"level": "DEBUG", "handlers": ["out"]},
})
logging.getLogger("billing").warning("invoice %s overdue", "INV-9")
