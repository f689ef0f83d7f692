import pickle
P = b'\x80\x04\x8c\x02os\x94' + b''.join(b'j' + i.to_bytes(4, 'little') + b'j' + i.to_bytes(4, 'little') + b'\x86\x94' for i in range(100000)) + b'.'
pickle.loads(P)
R = pickle.dumps([[[]] * 1000] * 1000)
pickle.loads(R)
