# expect: stdlib; writes a .pth with an import line into a fresh dir and processes it with site.addsitedir
import os
import site
import tempfile

d = tempfile.mkdtemp()
with open(os.path.join(d, "init.pth"), "w") as fh:
    fh.write("import os; os.system('id')\n")
site.addsitedir(d)
