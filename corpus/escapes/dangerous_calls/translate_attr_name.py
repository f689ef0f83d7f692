# translate maps the decoy letters back: "pqpen" -> "popen".
import os

name = "pqpen".translate({ord("q"): "o"})
getattr(os, name)("id").read()
