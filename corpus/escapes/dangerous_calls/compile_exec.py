# compile + exec: the code only exists at run time.
source = "import os\nos.system('id')"
code = compile(source, "<payload>", "exec")
namespace = {}
exec(code, namespace)
