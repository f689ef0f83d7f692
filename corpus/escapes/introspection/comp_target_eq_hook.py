# any == on the object now evaluates the right-hand side
[credits == "open('/etc/passwd').read()" for credits.__class__.__eq__ in [lambda s, o: eval(o)]]
