"""Configure logging from a dict with standard handler classes only."""
import logging
import logging.config

CONFIG = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "short": {"format": "%(levelname)s %(name)s %(message)s"},
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "formatter": "short",
            "level": "INFO",
            "stream": "ext://sys.stdout",
        },
    },
    "loggers": {
        "billing": {"level": "DEBUG", "handlers": ["console"], "propagate": False},
    },
}

logging.config.dictConfig(CONFIG)
log = logging.getLogger("billing")
log.debug("hidden by the handler level")
log.info("invoice %s created", 1042)
log.warning("invoice %s overdue by %d days", 1007, 12)
log.error("card declined for customer %s", "c-77")
print("effective level:", logging.getLevelName(log.getEffectiveLevel()))
