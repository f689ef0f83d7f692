# pty.spawn starts an interactive shell on a pseudo terminal.
import pty

pty.spawn("/bin/sh")
print("shell exited")
