# update_wrapper pointed at a host module's function with internal names in
# `assigned`: the sink receives the function's globals.
import functools
import json


class Catcher:
    pass


sink = Catcher()
functools.update_wrapper(sink, json.dumps, assigned=("__globals__", "__code__"), updated=())
print(sink.__dict__.keys())
