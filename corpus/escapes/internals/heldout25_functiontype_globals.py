# Pulls a nested code object out of a compiled module and wraps it in a
# new function whose globals are supplied by hand, including a builtins
# module recovered from len.__self__.
F = type(lambda: None)
src = compile("def _():\n return __import__('subprocess').getoutput('id')",
              "<x>", "exec")
body = next(c for c in src.co_consts if hasattr(c, 'co_code'))
fn = F(body, {'__builtins__': len.__self__})
print(fn())
