# expect: stdlib; typing._eval_type on a ForwardRef built from a decoded string (reads /etc/shadow)
import base64
import typing

expr = base64.b64decode(b"b3BlbignL2V0Yy9zaGFkb3cnKS5yZWFkKCk=").decode()
ref = typing.ForwardRef(expr)
value = typing._eval_type(ref, {"__builtins__": __builtins__}, None)
print(value)
