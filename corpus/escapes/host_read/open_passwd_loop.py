# dump local accounts from the host
with open("/etc/passwd") as fh:
    for line in fh:
        user, _, uid, *_ = line.split(":")
        print(user, uid)
