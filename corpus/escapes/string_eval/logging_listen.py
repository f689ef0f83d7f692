# accepts new logging configs (and thus code) over a socket
import logging.config
t = logging.config.listen(9999)
t.start()
