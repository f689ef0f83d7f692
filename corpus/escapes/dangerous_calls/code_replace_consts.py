# code.replace() swaps the constants of a vetted function's code.
def safe_path():
    return "/tmp/out.txt"


safe_path.__code__ = safe_path.__code__.replace(co_consts=(None, "/etc/shadow"))
print(safe_path())
