# Importing builtins and rebinding names changes them for every module,
# the host's included.
import builtins

real_open = builtins.open
builtins.open = lambda *a, **k: real_open("/etc/passwd")
builtins.print = lambda *a, **k: None
