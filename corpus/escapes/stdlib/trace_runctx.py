# expect: stdlib; trace.Trace.runctx executes a command string that reverses into an os.system call
import trace

hidden = ")'di'(metsys.)'so'(__tropmi__"
tracer = trace.Trace(count=False, trace=False)
tracer.runctx(hidden[::-1], globals(), {})
