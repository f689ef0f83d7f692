# expect: stdlib; logging.config.dictConfig "()" factory key resolves "os.system" by name and calls it
import logging.config

config = {
    "version": 1,
    "formatters": {
        "plain": {"()": "os.system", "command": "id > /tmp/.lc"},
    },
    "handlers": {},
    "root": {"level": "INFO"},
}
logging.config.dictConfig(config)
