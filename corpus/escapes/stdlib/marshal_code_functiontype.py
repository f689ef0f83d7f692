# expect: stdlib; marshal.loads a code object and runs it through types.FunctionType
import marshal
import types

code_bytes = marshal.dumps(compile("__import__('os').system('id')", "<m>", "exec"))
fn = types.FunctionType(marshal.loads(code_bytes), globals(), "cached")
fn()
