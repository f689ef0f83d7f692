# rot13 hides "f_builtins" and "gi_frame".
import codecs

gen = (c for c in "ab")
frame = getattr(gen, codecs.decode("tv_senzr", "rot13"))
print(getattr(frame, codecs.decode("s_ohvygvaf", "rot13"))["open"])
