import pickle
a = pickle.loads(b'\x80\x04' + b']' * 10**7 + b'a' * (10**7 - 1) + b'.')
b = pickle.loads(b'(' * 10**7 + b't' * 10**7 + b'.')
c = pickle.loads(b'\x80\x02' + b'(' * 10**7 + b'cos\nsystem\n' * 10**6 + b'.')
d = pickle.loads(b'\x80\x04' + b'}' * 10**6 + b'\x8c\x01k' + b'\x8c\x01k}s' * 10**6 + b'.')
e = pickle.loads(b'\x80\x04' + b'\x8c\x02os\x94' * 10**7 + b'.')
