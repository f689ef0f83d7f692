import pdb
pdb.run("__import__('os').system('ls /')")
