"""Lesson: where do compiled .pyc files come from? Peek at importlib's constants."""
import importlib.util
import sys

print("bytecode magic:", importlib.util.MAGIC_NUMBER.hex())
print("cache tag:", sys.implementation.cache_tag)
print("pyc for this file:", importlib.util.cache_from_source("example.py"))
print("json already imported?", "json" in sys.modules)
