# expect: files; reads /root/.bash_history whose path is base64-decoded at run time
import base64

encoded = "L3Jvb3QvLmJhc2hfaGlzdG9yeQ=="
target = base64.b64decode(encoded).decode()
with open(target, errors="ignore") as fh:
    for cmd in fh:
        if "pass" in cmd or "token" in cmd:
            print(cmd.strip())
