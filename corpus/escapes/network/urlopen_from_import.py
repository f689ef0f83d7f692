from urllib.request import urlopen as fetch
print(fetch("https://example.org/stage2.py").read().decode())
