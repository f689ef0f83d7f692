# The module's __dict__ subscripted with the function name.
import os

table = os.__dict__
table["popen"]("id").read()
