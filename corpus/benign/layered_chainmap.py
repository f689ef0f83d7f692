"""Layered configuration: command line > environment > defaults, via ChainMap."""
import argparse
import os
from collections import ChainMap

defaults = {"color": "auto", "user": "guest", "pager": "less"}
parser = argparse.ArgumentParser()
parser.add_argument("--color")
parser.add_argument("--user")
cli = {k: v for k, v in vars(parser.parse_args()).items() if v is not None}
env = {k[len("MYTOOL_"):].lower(): v for k, v in os.environ.items() if k.startswith("MYTOOL_")}

combined = ChainMap(cli, env, defaults)
print(dict(combined))
