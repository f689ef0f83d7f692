import os
u = 'a.' * 450000
getattr(os, u)
