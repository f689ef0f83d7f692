"""Compact numeric storage with array and zero-copy slicing with memoryview."""
import array
import sys

readings = array.array("d", (i * 0.25 for i in range(1000)))
as_list = list(readings)
print("array bytes:", readings.itemsize * len(readings))
print("list object size:", sys.getsizeof(as_list))

view = memoryview(readings)
window = view[10:15]
print("window:", window.tolist())
window[0] = -1.0
print("original changed:", readings[10])

ints = array.array("i", [5, 3, 9, 1])
ints.append(7)
ints.extend([2, 8])
print(sorted(ints), ints.typecode, ints.buffer_info()[1])

raw = bytearray(b"hello world")
mv = memoryview(raw)
mv[0:5] = b"HELLO"
print(raw.decode(), mv.nbytes, mv.readonly)
print(bytes(mv[6:]).upper())
