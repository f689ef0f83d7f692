# Same through __spec__.loader, for when __loader__ is filtered.
import sys

loader = sys.__spec__.loader
print(loader.load_module("posix").getuid())
