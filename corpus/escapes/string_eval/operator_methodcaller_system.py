import operator, importlib
call = operator.methodcaller("system", "id")
call(importlib.import_module("os"))
