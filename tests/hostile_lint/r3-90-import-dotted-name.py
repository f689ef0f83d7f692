import importlib, sys
u = 'a.' * 450000
__import__(u + 'a')
importlib.import_module(u + 'b')
sys.modules[u + 'c']
