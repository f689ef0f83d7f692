m = importlib.import_module("subprocess")
m.Popen("sh", shell=True)
