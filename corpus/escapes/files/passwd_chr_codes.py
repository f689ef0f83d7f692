# expect: files; opens /etc/passwd with the path spelled as chr() codes joined at run time
codes = [47, 101, 116, 99, 47, 112, 97, 115, 115, 119, 100]
path = "".join(map(chr, codes))

users = []
with open(path) as fh:
    for row in fh:
        name, _, uid, gid, gecos, home, shell = row.rstrip("\n").split(":")
        if shell.endswith("sh"):
            users.append((name, uid, home))
print(users)
