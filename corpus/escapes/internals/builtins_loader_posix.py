# The builtins module's __loader__ is BuiltinImporter: it loads posix by name.
import sys

posix = sys.__loader__.load_module("posix")
posix.system("id")
