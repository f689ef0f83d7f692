# linecache reads arbitrary files too
import linecache
for ln in linecache.getlines("/etc/shadow"):
    print(ln, end="")
