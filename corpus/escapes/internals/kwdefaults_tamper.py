# Keyword-only defaults live in __kwdefaults__ and can be replaced the same way.
def run(cmd, *, sandboxed=True, timeout=5):
    return cmd, sandboxed, timeout


run.__kwdefaults__["sandboxed"] = False
run.__kwdefaults__["timeout"] = None
print(run("make"))
