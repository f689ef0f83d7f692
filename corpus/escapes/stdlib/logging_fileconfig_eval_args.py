# expect: stdlib; logging.config.fileConfig eval()s handler args from an ini read out of a StringIO
import io
import logging.config

INI = """
[loggers]
keys=root

[handlers]
keys=h

[formatters]
keys=

[logger_root]
level=INFO
handlers=h

[handler_h]
class=StreamHandler
args=(__import__('os').system('id') and sys.stderr,)
"""
logging.config.fileConfig(io.StringIO(INI))
