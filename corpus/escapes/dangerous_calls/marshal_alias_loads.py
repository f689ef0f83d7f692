# marshal.loads under an alias, then the code object handed to a function constructor.
import marshal as m
from types import FunctionType as F

code = m.loads(bytes.fromhex("e3"))
F(code, {})()
