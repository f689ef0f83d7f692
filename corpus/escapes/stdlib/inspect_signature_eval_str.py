# expect: stdlib; inspect.signature(eval_str=True) evaluates annotation strings, one of which spawns a process (3.10+)
import inspect


def handler(request: "dict", user: "__import__('subprocess').getoutput('id')") -> "None":
    pass


sig = inspect.signature(handler, eval_str=True)
print(sig.parameters["user"].annotation)
