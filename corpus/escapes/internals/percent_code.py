# '%s' formatting builds "__code__"; the code object is then exfiltrated.
def secret_check(pin):
    return pin == 4711


code = getattr(secret_check, "__%s__" % "code")
print(code.co_consts)
