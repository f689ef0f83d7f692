# logging.config.dictConfig is "reported in part": "plain configurations are
# data; only the () factories, resolved by name, are judged". A handler's
# "class" is resolved by name too and called with the remaining keys, so
# "subprocess.Popen" with args=["id"] starts a program.
import logging.config

logging.config.dictConfig({
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {
        "audit": {"class": "subprocess.Popen", "args": ["id"]},
    },
})
