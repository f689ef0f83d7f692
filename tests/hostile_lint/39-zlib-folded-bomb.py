import zlib
P = b'c\x18\x05'
U = b'\xa3`\x14\x8c\x82Q0\nF\xc1(\x18\x05'
S = b'\x00'
data = P + U * 10000000
raw = zlib.decompress(data + S, -15)
exec(raw)
z = b"\x78\x9c" + data + S + (2194538497).to_bytes(4, "big")
exec(zlib.decompress(z))
exec(zlib.decompressobj(-15).decompress(P + U * 10**9 + S))
