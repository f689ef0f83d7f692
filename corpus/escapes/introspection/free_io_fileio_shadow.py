# expect: introspection; io.FileIO on /etc/shadow with io never imported in the file
def dump(path="/etc/shadow"):
    handle = io.FileIO(path, "r")
    try:
        return handle.readall().decode()
    finally:
        handle.close()


print(dump())
