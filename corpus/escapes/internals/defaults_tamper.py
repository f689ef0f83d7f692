# Overwriting __defaults__ flips a safety flag of a host function.
def open_file(path, read_only=True):
    return (path, read_only)


open_file.__defaults__ = (False,)
print(open_file("/etc/hosts"))
