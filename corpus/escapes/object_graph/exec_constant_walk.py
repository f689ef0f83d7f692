# The walk hidden in a constant string handed to exec.
payload = "print(().__class__.__base__.__subclasses__()[:5])"
exec(payload)
exec("x = [].__class__.__mro__[-1]")
print("walked")
