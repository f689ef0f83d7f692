import io
with io.open("/etc/shadow", "r", encoding="utf-8") as f:
    print(f.read())
