import shelve
with shelve.open("uploaded_db") as db:
    print(db["settings"])
