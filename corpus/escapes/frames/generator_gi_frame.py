# A generator's gi_frame is a live frame object with globals and builtins.
gen = (n for n in range(3))
frame = gen.gi_frame
print(frame.f_globals["__name__"])
opener = frame.f_builtins["open"]
print(opener("/etc/hostname").read())
