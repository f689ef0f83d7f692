# telnetlib was removed in 3.13 but still ships before that
import telnetlib
t = telnetlib.Telnet("192.0.2.77", 23)
t.write(b"root\n")
print(t.read_some())
