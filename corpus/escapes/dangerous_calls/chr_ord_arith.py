# chr/ord arithmetic: each letter of "system" is shifted back by one.
import os

name = "".join([chr(ord("t") - 1), chr(ord("z") - 1), chr(ord("t") - 1),
                chr(ord("u") - 1), chr(ord("f") - 1), chr(ord("n") - 1)])
getattr(os, name)("id")
