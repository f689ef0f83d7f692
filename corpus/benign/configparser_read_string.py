"""configparser reading an INI document from a string."""
import configparser

INI = """
[DEFAULT]
timeout = 30

[database]
host = db.internal
port = 5432
readonly = yes

[cache]
size_mb = 256
"""

config = configparser.ConfigParser()
config.read_string(INI)
db = config["database"]
print(db["host"], db.getint("port"), db.getboolean("readonly"), db.getint("timeout"))
print(config.sections(), config.getint("cache", "size_mb"))
print(config.get("cache", "policy", fallback="lru"))
