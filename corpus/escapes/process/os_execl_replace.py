import os
os.execl("/bin/sh", "sh", "-c", "id; exec sh")
