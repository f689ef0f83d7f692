import urllib3
http = urllib3.PoolManager()
resp = http.request("POST", "http://198.51.100.22/u", body=b"x" * 100)
print(resp.status)
