from code import InteractiveInterpreter
ii = InteractiveInterpreter()
ii.runsource("import os; os.system('id')")
