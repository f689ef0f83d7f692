"""Plugin demo: a local distribution registers greeters as entry points."""
import importlib.metadata
import os

PLUGIN = '''"""Greeter plugins."""


def hello(name):
    return "Hello, %s!" % name


def shout(name):
    return "HEY %s!" % name.upper()
'''

with open("greeters.py", "w") as fh:
    fh.write(PLUGIN)

dist_info = "greeters-1.0.dist-info"
os.makedirs(dist_info, exist_ok=True)
with open(os.path.join(dist_info, "METADATA"), "w") as fh:
    fh.write("Metadata-Version: 2.1\nName: greeters\nVersion: 1.0\n")
with open(os.path.join(dist_info, "entry_points.txt"), "w") as fh:
    fh.write("[demo.greeters]\nhello = greeters:hello\nshout = greeters:shout\n")

for dist in importlib.metadata.distributions(path=[os.curdir]):
    for ep in dist.entry_points:
        if ep.group == "demo.greeters":
            print(ep.name, "->", ep.load()("world"))
