# ordinary: configures logging with logging.config.dictConfig: a console handler, a file handler in a temp directory, and a filter created through the "()" factory key pointing at the program's own class
import logging
import logging.config
import pathlib
import tempfile


class OnlyGrading(logging.Filter):
    def __init__(self, prefix="grading"):
        super().__init__()
        self.prefix = prefix

    def filter(self, record):
        return record.name.startswith(self.prefix)


tmp = tempfile.TemporaryDirectory()
logfile = pathlib.Path(tmp.name) / "app.log"

logging.config.dictConfig({
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"short": {"format": "%(name)s %(levelname)s %(message)s"}},
    "filters": {"grading_only": {"()": OnlyGrading, "prefix": "grading"}},
    "handlers": {
        "console": {"class": "logging.StreamHandler", "formatter": "short",
                    "stream": "ext://sys.stdout", "filters": ["grading_only"]},
        "file": {"class": "logging.FileHandler", "formatter": "short", "filename": str(logfile)},
    },
    "root": {"level": "INFO", "handlers": ["console", "file"]},
})

logging.getLogger("grading.lab1").info("scored 18/20")
logging.getLogger("web").info("request served")
logging.shutdown()
print("file log lines:", logfile.read_text().splitlines())
tmp.cleanup()
