# venv.create is documented as not reported: "with with_pip=True they run the
# interpreter itself on ensurepip, a fixed program". It runs `python -m
# ensurepip` with the new environment's directory as working directory, which
# -m puts first on sys.path: the program's own ensurepip.py, written there
# beforehand, runs instead, in a new interpreter with no audit prelude.
import os
import tempfile
import venv

top = tempfile.mkdtemp()
env = os.path.join(top, "env")
os.makedirs(env)
with open(os.path.join(env, "ensurepip.py"), "w") as fh:
    fh.write("import os\nos.system('id > ../id.out')\n")
venv.create(env, with_pip=True, symlinks=True)
with open(os.path.join(top, "id.out")) as fh:
    print("venv ready;", fh.read())
