# ordinary: bit-packing exercise using int.to_bytes/int.from_bytes, bytes(map(...)) and a simple checksum over the program's own record
record = {"id": 4021, "score": 87, "flags": 0b1011}

packed = (
    record["id"].to_bytes(2, "big")
    + record["score"].to_bytes(1, "big")
    + record["flags"].to_bytes(1, "big")
)
checksum = sum(packed) % 256
frame = packed + bytes([checksum])
print("frame:", frame.hex(" "))

unpacked = {
    "id": int.from_bytes(frame[0:2], "big"),
    "score": frame[2],
    "flags": frame[3],
}
print("round trip ok:", unpacked == record, "checksum ok:", sum(frame[:-1]) % 256 == frame[-1])

shifted = bytes(map(lambda b: (b + 1) % 256, b"HAL"))
print("shifted:", shifted.decode())
big = 2 ** 70 + 12345
print("bytes needed:", (big.bit_length() + 7) // 8, big.to_bytes(9, "little").hex())
