# %-formatting assembles "gi_frame", "f_locals" and "f_back" from a generator.
gen = (x for x in [0])
frame = getattr(gen, "gi_%s" % "frame")
print(getattr(frame, "f_%s" % "locals"))
print(getattr(frame, "f_%s" % "back"))
