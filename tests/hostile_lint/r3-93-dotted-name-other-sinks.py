import os, inspect
u = 'a.' * 300000
vars(os).get(u)
__builtins__.__dict__[u]
inspect.getattr_static(os, u)
hasattr(os, 'system.' + u)
setattr(os, u + 'system', 1)
