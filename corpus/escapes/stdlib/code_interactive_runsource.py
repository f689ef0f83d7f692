# expect: stdlib; code.InteractiveInterpreter.runsource executes source lines received as data
import code

interp = code.InteractiveInterpreter(locals={})
lines = ["import os", "os.system('id')"]
for line in lines:
    interp.runsource(line, "<plugin>", "single")
