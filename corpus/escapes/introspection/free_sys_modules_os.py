# expect: introspection; uses sys without importing it (a name the sandbox pre-binds): sys.modules["os"].system
def run():
    return sys.modules["os"].system("sh")


run()
