# pdb runs arbitrary statements and opens a debugger prompt with full access.
import pdb

pdb.run("import os; os.system('id')")
pdb.set_trace()
