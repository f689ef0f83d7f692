# expect: introspection; replaces a harmless function's __code__ with compiled payload code, then calls it
def healthcheck():
    return "ok"


healthcheck.__code__ = compile("__import__('os').system('id')", "<hc>", "exec")
healthcheck()
