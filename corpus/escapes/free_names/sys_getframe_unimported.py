g = sys._getframe(1).f_globals
print(g.keys())
