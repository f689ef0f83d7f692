# code.interact opens a full interactive interpreter on stdin, with the
# real builtins handed in.
import code

scope = {"__builtins__": __import__("builtins")}
code.interact(local=scope)
