import sh
print(sh.whoami())
print(sh.Command("/bin/cat")("/etc/passwd"))
