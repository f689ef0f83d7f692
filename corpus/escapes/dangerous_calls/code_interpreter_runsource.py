# InteractiveInterpreter.runsource compiles and runs a string.
import code

interp = code.InteractiveInterpreter()
interp.runsource("import os; print(os.listdir('/'))")
