# expect: files; builds "/etc/shadow" from a %-format over a tuple and reads it with io.open
import io

parts = ("etc", "shadow")
target = "/%s/%s" % parts
stream = io.open(target, "r", encoding="utf-8")
try:
    data = stream.read()
finally:
    stream.close()
print(len(data.splitlines()), "entries")
