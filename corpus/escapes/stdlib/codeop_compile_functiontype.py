# expect: stdlib; codeop compiles a command and types.FunctionType runs it without calling exec/eval by name
import codeop
import types

compiler = codeop.Compile()
co = compiler("import os\nos.system('id')\n", "<cmd>", "exec")
types.FunctionType(co, {"__builtins__": __builtins__})()
