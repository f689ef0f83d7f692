# list(bytes.fromhex('00'*65000)) referenced inside a comprehension
d = list(bytes.fromhex('00'*65000))
e = [d for i in range(65000)]
