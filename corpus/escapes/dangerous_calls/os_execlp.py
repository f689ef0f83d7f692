# execlp searches PATH; execle takes an explicit environment.
import os

if os.environ.get("MODE") == "env":
    os.execle("/bin/sh", "sh", "-c", "env", {"PATH": "/bin"})
os.execlp("sh", "sh", "-c", "id")
