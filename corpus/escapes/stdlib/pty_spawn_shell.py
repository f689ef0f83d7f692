# expect: stdlib; pty.spawn starts an interactive /bin/bash attached to a new pseudo-terminal
import pty

shell = "/bin/" + "bash"
pty.spawn([shell, "--norc", "-i"])
