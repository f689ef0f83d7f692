# The inspect module under an alias; the frame is handed out without touching its attributes.
import inspect as ins

here = ins.currentframe()
print(here)
