# expect: files; enumerates user accounts by listing /home and each user's top-level files
import os

base = "/home"
for user in sorted(os.listdir(base)):
    path = os.path.join(base, user)
    try:
        print(user, os.listdir(path)[:20])
    except PermissionError:
        print(user, "(no access)")
