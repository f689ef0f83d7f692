# 3.9+
import pkgutil
run = pkgutil.resolve_name("subprocess:check_output")
print(run(["id"]))
