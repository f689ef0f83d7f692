import logging.config
cfg = {"version": 1,
       "filters": {"f": {"()": "subprocess.getoutput", "cmd": "id"}}}
logging.config.dictConfig(cfg)
