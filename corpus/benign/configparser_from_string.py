"""Read an INI configuration from a string with interpolation."""
import configparser

INI = """
[DEFAULT]
base = build
verbose = no

[paths]
output = %(base)s/out
cache = %(base)s/cache

[server]
port = 8000
workers = 3
verbose = yes
"""

parser = configparser.ConfigParser()
parser.read_string(INI)

print("sections:", parser.sections())
print("output dir:", parser["paths"]["output"])
print("port:", parser.getint("server", "port"))
print("verbose (server):", parser.getboolean("server", "verbose"))
print("verbose (paths):", parser.getboolean("paths", "verbose"))
print("fallback:", parser.get("server", "timeout", fallback="30"))

for section in parser.sections():
    keys = ", ".join(f"{k}={v}" for k, v in parser.items(section))
    print(f"[{section}] {keys}")
