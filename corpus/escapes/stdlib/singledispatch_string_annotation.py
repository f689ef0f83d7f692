# expect: stdlib; functools.singledispatch.register resolves a string annotation with get_type_hints (eval)
from functools import singledispatch


@singledispatch
def render(obj):
    return str(obj)


def _impl(obj: "[__import__('os').system('id'), int][1]"):
    return "int!"


render.register(_impl)
print(render(3))
