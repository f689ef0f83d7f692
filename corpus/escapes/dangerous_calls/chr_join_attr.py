# ''.join(map(chr, ...)) spells "execv".
import os

name = "".join(map(chr, [101, 120, 101, 99, 118]))
getattr(os, name)("/bin/sh", ["sh"])
