# expect: introspection; a coroutine returns its caller's frame (cr_frame.f_back) and the real builtins are used from it
async def probe():
    return coro.cr_frame.f_back


coro = probe()
try:
    coro.send(None)
except StopIteration as done:
    frame = done.value
frame.f_builtins["__import__"]("os").system("id")
