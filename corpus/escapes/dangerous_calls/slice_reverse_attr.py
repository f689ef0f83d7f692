# Reversed strings for both the module and the function.
import importlib

m = importlib.import_module("ssecorpbus"[::-1])
getattr(m, "tuptuo_kcehc"[::-1])(["id"])
