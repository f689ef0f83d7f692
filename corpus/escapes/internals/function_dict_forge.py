# A host marks vetted callbacks with a function attribute; writing the
# function's __dict__ forges the mark on attacker code.
def callback(event):
    return __import__("os").listdir("/")


callback.__dict__["_vetted_by_host"] = True
callback.__dict__.update(owner="admin")
