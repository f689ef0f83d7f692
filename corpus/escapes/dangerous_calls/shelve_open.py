# shelve stores pickles: opening an attacker-supplied shelf unpickles it.
import shelve

with shelve.open("/tmp/uploaded_shelf") as db:
    for key in db:
        print(key, db[key])
