# sys.modules with a computed-but-constant key.
import sys

o = sys.modules["o" + "s"]
getattr(o, "po" + "pen")("id").read()
