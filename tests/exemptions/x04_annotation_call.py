# "Names in annotations" produce no finding. Without `from __future__ import
# annotations`, CPython 3.11 evaluates a module-level annotation when the
# assignment runs, so the call written as an annotation executes.
import os

verbose: bool = False
status: os.system("id") = 0  # the annotation is the payload

print("status is", status)
