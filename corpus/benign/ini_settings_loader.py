"""Read settings.ini from the working directory, with defaults."""
import configparser

DEFAULTS = {"host": "127.0.0.1", "port": "8080", "debug": "false"}

parser = configparser.ConfigParser(defaults=DEFAULTS)
parser.read("settings.ini")
section = parser["server"] if parser.has_section("server") else parser[parser.default_section]

HOST = section.get("host")
PORT = section.getint("port")
DEBUG = section.getboolean("debug")
print(HOST, PORT, DEBUG)
