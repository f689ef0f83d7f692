"""Decode a fixed-layout binary record with a ctypes.Structure (no libraries loaded)."""
import ctypes


class Record(ctypes.LittleEndianStructure):
    _pack_ = 1
    _fields_ = [("magic", ctypes.c_char * 4), ("version", ctypes.c_uint16), ("count", ctypes.c_uint32)]


raw = b"REC1" + (2).to_bytes(2, "little") + (1000).to_bytes(4, "little")
rec = Record.from_buffer_copy(raw)
print(rec.magic, rec.version, rec.count, ctypes.sizeof(Record))
