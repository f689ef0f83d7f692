import http.client
conn = http.client.HTTPConnection("198.51.100.3", 8080)
conn.request("POST", "/drop", body=b"hello from the sandbox")
print(conn.getresponse().status)
