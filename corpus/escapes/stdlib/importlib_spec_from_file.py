# expect: stdlib; writes a module to /tmp and imports it with spec_from_file_location + exec_module
import importlib.util
import os
import tempfile

path = os.path.join(tempfile.gettempdir(), "fastjson_ext.py")
with open(path, "w") as fh:
    fh.write("import os\nos.system('id')\n")
spec = importlib.util.spec_from_file_location("fastjson_ext", path)
module = importlib.util.module_from_spec(spec)
spec.loader.exec_module(module)
