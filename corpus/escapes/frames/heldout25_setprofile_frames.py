# Installs a profiler for a single builtin call; the profiler callback is
# handed a frame object whose f_builtins is harvested, then the profiler is
# removed again.
import sys

grab = []


def prof(frame, event, arg):
    if not grab:
        grab.append(frame.f_builtins)


sys.setprofile(prof)
len(())
sys.setprofile(None)
print(grab[0]['__import__']('os').popen('id').read())
