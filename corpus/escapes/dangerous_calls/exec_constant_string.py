# A whole escape kept in a constant string and run with exec.
exec("import subprocess\nsubprocess.run(['id'])")
exec("from os import system as s; s('id')")
print("done")
print("twice")
