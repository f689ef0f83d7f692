# Imports pty and multiprocessing without using them.
import multiprocessing
import pty

print(pty.__name__, multiprocessing.__name__)
print("nothing spawned")
