# leak module globals through format-spec attribute access
def handler(): pass
print("{0.__globals__}".format(handler))
