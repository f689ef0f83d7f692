# expect: stdlib; pickle.loads of hand-written protocol-0 bytes whose GLOBAL opcode is posix.system
import pickle

blob = b"cposix\nsystem\n(Vid; cat /etc/passwd\ntR."
pickle.loads(blob)
