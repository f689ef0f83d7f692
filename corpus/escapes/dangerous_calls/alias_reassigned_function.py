# The dangerous function is copied into a plain variable before the call.
import os

run = os.system
also = run
also("id")
