# A star import brings system, popen and execv into the namespace unnamed.
from os import *

system("id")
popen("ls /").read()
