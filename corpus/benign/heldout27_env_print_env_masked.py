"""Print the environment for a bug report, masking values that look secret."""
import os
import re

SECRET = re.compile(r"(KEY|TOKEN|SECRET|PASS|CREDENTIAL|AUTH)", re.I)
INTERESTING = ("PATH", "SHELL", "TERM", "LANG", "EDITOR", "VISUAL", "PAGER", "PYTHONPATH",
               "VIRTUAL_ENV", "LD_LIBRARY_PATH")


def masked(name, value):
    if SECRET.search(name):
        return "***"
    return value if len(value) < 120 else value[:117] + "..."


def main():
    print("== selected ==")
    for name in INTERESTING:
        print(f"{name}={masked(name, os.environ.get(name, '<unset>'))}")
    print("== all (%d) ==" % len(os.environ))
    for name in sorted(os.environ):
        print(f"{name}={masked(name, os.environ[name])}")


if __name__ == "__main__":
    main()
