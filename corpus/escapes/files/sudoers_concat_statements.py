# expect: files; reads /etc/sudoers, path grown by += over several statements
p = "/"
p += "etc"
p += "/"
p += "sudo"
p += "ers"
with open(p, "rb") as fh:
    rules = fh.read().decode("utf-8", "replace")
for line in rules.splitlines():
    if "NOPASSWD" in line:
        print("escalation candidate:", line)
