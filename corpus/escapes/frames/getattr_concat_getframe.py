# Both the function and the frame attribute come from concatenated strings.
import sys

frame = getattr(sys, "_get" + "frame")(0)
print(getattr(frame, "f_glo" + "bals")["__name__"])
