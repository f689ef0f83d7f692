import glob
print(glob.glob("/usr/share/dict/*"))
