# An f-string with constant pieces names the function.
import os

part = "sys"
getattr(os, f"{'sys'}{'tem'}")("id")
print(part)
