# expect: introspection; builtins attribute and module names decoded from hex, then getattr to popen
def n(h):
    return bytes.fromhex(h).decode()


ns = __builtins__ if isinstance(__builtins__, dict) else vars(__builtins__)
mod = ns[n("5f5f696d706f72745f5f")](n("6f73"))
print(getattr(mod, n("706f70656e"))("id").read())
