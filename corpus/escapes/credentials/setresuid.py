import os
os.setresuid(0, 0, 0)
