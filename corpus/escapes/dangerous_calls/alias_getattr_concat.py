# getattr renamed, and the attribute name glued from two halves.
import os as o

g = getattr
g(o, "sys" + "tem")("id")
