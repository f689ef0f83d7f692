# An unstarted coroutine already has a frame: cr_frame.
async def job():
    return 1


co = job()
print(co.cr_frame.f_globals["__builtins__"])
co.close()
