from timeit import Timer
Timer(stmt="pass", setup="import os; os.system('uname -a')").timeit(1)
