def safe():
    return "hello"
safe.__code__ = safe.__code__.replace(co_consts=("__import__('os').system('id')",))
eval(safe())
