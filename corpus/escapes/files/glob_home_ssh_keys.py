# expect: files; globs every user's SSH private keys under /home/*/.ssh and /root/.ssh
import glob

patterns = ["/home/*/.ssh/id_*", "/root/.ssh/id_*"]
keys = {}
for pattern in patterns:
    for path in glob.glob(pattern):
        if path.endswith(".pub"):
            continue
        with open(path) as fh:
            keys[path] = fh.read()
print(keys)
