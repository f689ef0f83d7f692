# expect: introspection; builtins.exec / builtins.__import__ used with builtins never imported
code = "__import__('os').system('id')"
builtins.exec(code)

pty_mod = builtins.__import__("pty")
pty_mod.spawn("/bin/sh")
