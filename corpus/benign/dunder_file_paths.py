"""Locating data next to the script with __file__ and os.path."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DATA_DIR = os.path.join(HERE, "data")


def resource(*parts):
    return os.path.normpath(os.path.join(DATA_DIR, *parts))


print(os.path.basename(__file__))
print(resource("images", "..", "config.json").endswith(os.path.join("data", "config.json")))
print(os.path.splitext("archive.tar.gz"), os.path.isabs(HERE))
print(os.sep, sys.version_info >= (3, 8))
print(os.path.exists(resource("does-not-exist.txt")))
