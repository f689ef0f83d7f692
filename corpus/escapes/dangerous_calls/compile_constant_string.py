# compile() of a constant, then exec of the code object.
code = compile("import pty; pty.spawn('/bin/sh')", "<c>", "exec")
scope = {}
exec(code, scope)
print(sorted(scope))
