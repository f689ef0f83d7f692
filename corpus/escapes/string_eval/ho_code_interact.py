import code
code.interact(local={"__name__": "__console__"})
