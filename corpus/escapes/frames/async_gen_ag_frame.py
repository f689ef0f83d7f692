# Async generators expose ag_frame.
async def ticks():
    yield 1


agen = ticks()
frame = agen.ag_frame
print(frame.f_builtins["__import__"])
