# expect: stdlib; code.interact hands the user a full Python REPL with the real builtins
import code
import sys

banner = "debug console (type Ctrl-D to leave)"
code.interact(banner=banner, local={"sys": sys}, exitmsg="")
