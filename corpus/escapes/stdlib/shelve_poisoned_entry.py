# expect: stdlib; stores a poisoned object in a shelve db, then reading the key unpickles it (runs a command)
import shelve
import subprocess


class Entry:
    def __reduce__(self):
        return (subprocess.call, (["sh", "-c", "id"],))


with shelve.open("cache/session") as db:
    db["user"] = Entry()
with shelve.open("cache/session") as db:
    db["user"]
